import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { projectsMock } from '../test/fixtures';
import { renderApp } from '../test/renderApp';
import { languageStorageKey } from './i18n';

describe('LanguagePicker', () => {
  it('should switch the strings to Dutch and keep the page left-to-right when the reader picks Nederlands', async () => {
    const { user } = await renderApp('/', { mocks: [projectsMock()], language: 'en' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Projects' })).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('lang', 'en');

    await user.click(await screen.findByRole('button', { name: /Language/ }));
    await user.click(await screen.findByRole('option', { name: 'Nederlands' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Projecten' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Ga naar de inhoud' })).toBeInTheDocument();
    expect(screen.getByText('Promotor: Stad Mechelen')).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('lang', 'nl');
    expect(document.documentElement).toHaveAttribute('dir', 'ltr');
    expect(localStorage.getItem(languageStorageKey)).toBe('nl');
    // And told to the server, which renders its pages in the language picked (server-rendered.ts readerLanguage).
    expect(document.cookie).toContain('samenspraak_language=nl');
  });

  it('should open from the keyboard on the first press, as its stand-in is replaced, and give focus back to its button when closed', async () => {
    const { user } = await renderApp('/', { mocks: [projectsMock()], language: 'en' });
    const standIn = await screen.findByRole('button', { name: /Language/ });
    expect(standIn).toHaveAccessibleName('Language EN English');
    expect(standIn).toHaveAttribute('aria-expanded', 'false');

    standIn.focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('listbox')).toBeInTheDocument();
    expect(screen.getByRole('option', { name: 'English' })).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{Escape}');

    // The popover closes and gives focus back as React Aria gets to it: on a busy machine, a frame or two later.
    await waitFor(() => expect(screen.queryByRole('listbox')).not.toBeInTheDocument());
    const picker = screen.getByRole('button', { name: /Language/ });
    expect(picker).not.toBe(standIn);
    await waitFor(() => expect(picker).toHaveFocus());
  });

  it('should turn the page right-to-left and speak Arabic when the reader picks العربية', async () => {
    const { user } = await renderApp('/', { mocks: [projectsMock()], language: 'en' });
    expect(document.documentElement).toHaveAttribute('dir', 'ltr');

    await user.click(await screen.findByRole('button', { name: /Language/ }));
    await user.click(await screen.findByRole('option', { name: 'العربية' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'المشاريع' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'القائمة الرئيسية' })).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('lang', 'ar');
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
  });

  it('should start in the language the reader chose before when one is remembered, and tell the server', async () => {
    localStorage.setItem(languageStorageKey, 'nl');
    document.cookie = 'samenspraak_language=; max-age=0; path=/';
    await renderApp('/', { mocks: [projectsMock()] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Projecten' })).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('lang', 'nl');
    // A choice remembered before the app told the server of it (an earlier version) is told now.
    expect(document.cookie).toContain('samenspraak_language=nl');
  });

  it('should start in the language the address asks for, over one remembered, as the server rendered the page in it', async () => {
    localStorage.setItem(languageStorageKey, 'nl');
    window.history.replaceState(null, '', '/?lang=ar');
    try {
      await renderApp('/', { mocks: [projectsMock()] });

      expect(await screen.findByRole('heading', { level: 1, name: 'المشاريع' })).toBeInTheDocument();
      expect(document.documentElement).toHaveAttribute('lang', 'ar');
      expect(document.documentElement).toHaveAttribute('dir', 'rtl');
      // Following a link is not a choice: what the reader picked before stays remembered.
      expect(localStorage.getItem(languageStorageKey)).toBe('nl');
    } finally {
      window.history.replaceState(null, '', '/');
    }
  });

  it('should mark a translation no fluent speaker has reviewed as a draft and link to how to improve it when the reader picks it', async () => {
    const { user } = await renderApp('/', { mocks: [projectsMock()], language: 'en' });
    await user.click(await screen.findByRole('button', { name: /Language/ }));
    // Dutch is reviewed; Arabic is not yet (schema/languages.json). The list loads when the button is first pressed.
    expect(await screen.findByRole('option', { name: 'Nederlands' })).not.toHaveAccessibleDescription();
    expect(screen.getByRole('option', { name: 'العربية' })).toHaveAccessibleDescription('draft translation');
    await user.click(screen.getByRole('option', { name: 'العربية' }));

    const improve = await screen.findByRole('link', { name: /هذه الترجمة أولية/ });
    expect(improve.getAttribute('href')).toMatch(/README\.md#languages$/);
  });
});

import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { sessionMock } from '../../test/fixtures';
import { renderApp } from '../../test/renderApp';

describe('SessionPage', () => {
  it('should group the challenges under their theme, in board order, with the rest as not yet grouped when the board loads', async () => {
    await renderApp('/sessions/s-1', { mocks: [sessionMock()] });

    const board = await screen.findByRole('region', { name: 'Board' });
    const groupTitles = within(board).getAllByRole('heading', { level: 3 });
    expect(groupTitles.map((heading) => heading.textContent)).toEqual([
      'Safety at night',
      'Library hours',
      'Not yet grouped',
    ]);

    const safety = within(board).getByRole('region', { name: 'Safety at night' });
    expect(within(safety).getAllByRole('article')).toHaveLength(2);
    expect(safety).toHaveTextContent('2 challenges · 9 dots');
    expect(within(safety).getByText('The park has no light after eight.')).toBeInTheDocument();

    const library = within(board).getByRole('region', { name: 'Library hours' });
    expect(within(library).getByText('The library closes before my shift ends.')).toBeInTheDocument();

    const ungrouped = within(board).getByRole('region', { name: 'Not yet grouped' });
    expect(within(ungrouped).getByText('Forms at the town hall are only in Dutch.')).toBeInTheDocument();
  });

  it("should show a challenge's translation into the reader's language, marked as translated, when it was written in another language", async () => {
    await renderApp('/sessions/s-1', { mocks: [sessionMock()] });

    const card = await screen.findByRole('article', { name: 'Challenge raised by Neighbour c-2' });
    const original = within(card).getByText('لا أشعر بالأمان في الحديقة ليلاً');
    expect(original).toHaveAttribute('lang', 'ar');
    const translation = within(card).getByRole('figure', { name: 'Translated from Arabic' });
    expect(within(translation).getByText('I do not feel safe in the park at night')).toHaveAttribute('lang', 'en');
    expect(card).toHaveTextContent('3 dots');

    const english = screen.getByRole('article', { name: 'Challenge raised by Neighbour c-1' });
    expect(within(english).queryByRole('figure')).not.toBeInTheDocument();
  });

  it('should pick the Dutch translation when the reader reads Dutch', async () => {
    await renderApp('/sessions/s-1', { mocks: [sessionMock()], language: 'nl' });

    const card = await screen.findByRole('article', { name: 'Uitdaging van Neighbour c-2' });
    const translation = within(card).getByRole('figure', { name: 'Vertaald uit het Arabisch' });
    expect(translation).toHaveTextContent("Ik voel me 's avonds niet veilig in het park");
  });

  it('should show the ideas and dots of a challenge when it has ideas', async () => {
    await renderApp('/sessions/s-1', { mocks: [sessionMock()] });

    const card = await screen.findByRole('article', { name: 'Challenge raised by Neighbour c-1' });
    const ideas = within(card).getByRole('region', { name: '1 idea' });
    expect(ideas).toHaveTextContent('Solar lamps along the main path');
    expect(ideas).toHaveTextContent('5 dots');
  });

  it('should mark the running phase of the agenda when the session is live', async () => {
    await renderApp('/sessions/s-1', { mocks: [sessionMock()] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Our park at night' })).toBeInTheDocument();
    const agenda = screen.getByRole('region', { name: 'Agenda' });
    const phases = within(agenda).getAllByRole('listitem');
    expect(phases).toHaveLength(3);
    expect(phases[1]).toHaveAttribute('aria-current', 'step');
    expect(phases[1]).toHaveTextContent('What is hard here?');
    expect(phases[1]).toHaveTextContent('Now');
    expect(phases[0]).not.toHaveAttribute('aria-current');
    expect(agenda).toHaveTextContent('In total 65 minutes');
  });

  it("should show each strategy's actions and the municipality's answer when it was answered", async () => {
    await renderApp('/sessions/s-1', { mocks: [sessionMock()] });

    const strategies = await screen.findByRole('region', { name: 'Strategies' });
    const strategy = within(strategies).getByRole('article', { name: 'Light the park path' });
    expect(strategy).toHaveTextContent('Walk the park at night with residents');
    expect(strategy).toHaveTextContent('Public works and the residents');
    const answer = within(strategy).getByRole('region', { name: "The municipality's answer" });
    expect(answer).toHaveTextContent('Adopted');
    expect(answer).toHaveTextContent('Lighting the path is in this year’s budget for public space.');
    // The follow-up text became a timeline (issue 8): the answer says who carries it out and when.
    expect(answer).toHaveTextContent('Carried out byPublic works');
    expect(answer).toHaveTextContent('Planned forSeptember 1, 2025');

    const votes = screen.getByRole('region', { name: 'Voting rounds' });
    expect(votes).toHaveTextContent('Which challenges first?');
    expect(votes).toHaveTextContent('3 dots per participant');
  });

  it('should lead back to the project through the breadcrumbs when the session loads', async () => {
    await renderApp('/sessions/s-1', { mocks: [sessionMock()] });

    const breadcrumbs = await screen.findByRole('navigation', { name: 'You are here' });
    expect(within(breadcrumbs).getByRole('link', { name: 'Samen Mechelen' })).toHaveAttribute(
      'href',
      '/projects/p-mechelen',
    );
  });
});

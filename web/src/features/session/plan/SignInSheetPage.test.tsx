import { screen } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../test/renderApp';
import { signInSheetQuery } from './SignInSheetPage';

function sheetMock(): MockLink.MockedResponse {
  return {
    request: { query: signInSheetQuery, variables: { id: 's-1' } },
    maxUsageCount: Number.POSITIVE_INFINITY,
    result: {
      data: {
        session: {
          __typename: 'Session',
          id: 's-1',
          title: 'Ons park bij nacht',
          startsAt: '2026-03-12T18:00:00.000Z',
          durationMinutes: 120,
          location: 'Buurthuis De Brug',
          joinCode: 'PARK42',
          project: { __typename: 'Project', id: 'p-1', title: 'Samen Mechelen' },
          // Only Amal is on this session's list; others of the project are not asked for.
          registrations: {
            __typename: 'RegistrationConnection',
            edges: [
              {
                __typename: 'RegistrationEdge',
                node: {
                  __typename: 'Registration',
                  id: 'r-1',
                  participant: { __typename: 'Participant', id: 'pa-1', pseudonym: 'Amal', personalCode: 'AMAL1234' },
                },
              },
            ],
          },
        },
      },
    },
  };
}

// The paper at the door is read by the facilitator who prints it: in their language, not in English.
describe('SignInSheetPage', () => {
  it("should print the sheet's headings, date and codes' labels in Dutch when the reader reads Dutch", async () => {
    await renderApp('/workshops/s-1/sign-in-sheet', { mocks: [sheetMock()], language: 'nl' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Aanmeldlijst: Ons park bij nacht' })).toBeTruthy();
    expect(screen.getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual([
      'Aanwezig',
      'Schuilnaam',
      'Deelnamecode',
      'Handtekening',
    ]);
    expect(screen.getByText(/donderdag 12 maart/)).toBeTruthy();
    expect(screen.getByRole('img', { name: 'QR-code om mee te doen als Amal' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Wat er van deze werksessie kwam' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Afdrukken' })).toBeTruthy();
  });

  it("should print the sheet's headings in Arabic when the reader reads Arabic", async () => {
    await renderApp('/workshops/s-1/sign-in-sheet', { mocks: [sheetMock()], language: 'ar' });
    expect(await screen.findByRole('heading', { level: 1, name: 'ورقة الحضور: Ons park bij nacht' })).toBeTruthy();
    expect(screen.getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual([
      'حاضر',
      'الاسم المستعار',
      'رمز الانضمام',
      'التوقيع',
    ]);
    expect(screen.getByRole('img', { name: 'رمز QR للانضمام باسم Amal' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'ما نتج عن ورشة العمل هذه' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'طباعة' })).toBeTruthy();
  });
});

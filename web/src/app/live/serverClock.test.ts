import { describe, expect, it } from 'vitest';
import { bestSample, clockSample, formatClock, msToNextSecond, remainingMs } from './serverClock';

// Device clock readings in ms since the epoch; 2026-12-05T19:00:00.000Z is 1_796_497_200_000.
const SEVEN_PM = 1_796_497_200_000;

describe('the room clock', () => {
  it('should take the server time as halfway through the request when the answer came back', () => {
    // Sent at 19:00:00.000 and answered at 19:00:00.400 by the device; the server said 19:02:10.200 meanwhile,
    // which was 19:00:00.200 on the device: the server is 130 s ahead.
    expect(clockSample(SEVEN_PM, SEVEN_PM + 400, '2026-12-05T19:02:10.200Z')).toEqual({
      offsetMs: 130_000,
      roundTripMs: 400,
    });
  });

  it('should find a server behind the device when its time is earlier than halfway', () => {
    // Halfway is 19:00:01.000 on the device; the server said 18:59:58.500: 2.5 s behind.
    expect(clockSample(SEVEN_PM, SEVEN_PM + 2_000, '2026-12-05T18:59:58.500Z')).toEqual({
      offsetMs: -2_500,
      roundTripMs: 2_000,
    });
  });

  it('should keep no sample when the answer is not a time or the device clock went backwards', () => {
    expect(clockSample(SEVEN_PM, SEVEN_PM + 100, 'soon')).toBeNull();
    expect(clockSample(SEVEN_PM, SEVEN_PM - 100, '2026-12-05T19:00:00.000Z')).toBeNull();
  });

  it('should go by the sample with the shortest round trip when several were taken', () => {
    const slow = { offsetMs: 4_000, roundTripMs: 1_800 };
    const fast = { offsetMs: 3_120, roundTripMs: 90 };
    const middling = { offsetMs: 3_300, roundTripMs: 600 };
    expect(bestSample([slow, fast, middling])).toBe(fast);
    expect(bestSample([])).toBeNull();
  });

  it('should count down to the end by the server clock when the device clock is off', () => {
    // The phase ends at 19:15:00 server time; the device reads 19:00:00 and is 3 minutes behind the server,
    // so it is 19:03:00 there: 12 minutes left.
    expect(remainingMs('2026-12-05T19:15:00.000Z', SEVEN_PM, 3 * 60_000)).toBe(12 * 60_000);
    // A device 1 minute ahead, reading 19:16:30: it is 19:15:30 on the server, 30 s over.
    expect(remainingMs('2026-12-05T19:15:00.000Z', SEVEN_PM + 16.5 * 60_000, -60_000)).toBe(-30_000);
  });

  it('should show minutes and seconds, rounding up, and a minus sign once the time box is over', () => {
    expect(formatClock(12 * 60_000)).toBe('12:00');
    expect(formatClock(754_200)).toBe('12:35');
    expect(formatClock(999)).toBe('00:01');
    expect(formatClock(0)).toBe('00:00');
    expect(formatClock(-90_000)).toBe('−01:30');
  });

  it('should wait until the shown second changes when it schedules the next tick', () => {
    // 12:35 is shown from 754 999 ms down to 754 001 ms: at 754 200 ms the next value comes after 200 ms.
    expect(msToNextSecond(754_200)).toBe(200);
    expect(msToNextSecond(754_000)).toBe(1_000);
    // Over time: −00:01 is shown from −1 ms to −1000 ms; at −200 ms, −00:02 comes after 800 ms.
    expect(msToNextSecond(-200)).toBe(800);
  });
});

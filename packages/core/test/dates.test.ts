import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { datedFilename, datedName, localDate, sameDayOrdinals, setLocale } from '@niet-alleen/core';

// 00:30 on 7 December in Amsterdam is 23:30 on 6 December in UTC: a file saved then is of the 7th.
describe('core: dates are the user\'s own day (issue 23, a fixed clock)', () => {
  before(async function () {
    try {
      await executeServerCommand('timezone', { id: 'Europe/Amsterdam' });
    } catch {
      console.warn('dates: skipped, this browser has no time zone command');
      this.skip();
    }
  });
  after(async () => {
    await executeServerCommand('timezone', {}).catch(() => undefined);
  });

  it('names a file saved at 00:30 in Amsterdam with that day, not yesterday', () => {
    const halfPastMidnight = new Date('2026-12-06T23:30:00Z');
    expect(localDate(halfPastMidnight)).to.equal('2026-12-07');
    expect(datedFilename('netwerkkaart', 'json', halfPastMidnight)).to.equal('netwerkkaart-2026-12-07.json');
  });
});

describe('core: dated entries (a reflector\'s fillings, the netwerkkaart\'s snapshots, the plan\'s look-backs)', () => {
  it('numbers the entries that share a day, in their order, and leaves a day\'s only entry unnumbered', () => {
    const entries = [
      { id: 'a', date: '2026-12-01' },
      { id: 'b', date: '2026-12-07' },
      { id: 'c', date: '2026-12-07' },
      { id: 'd', date: '2026-12-08' },
      { id: 'e', date: '2026-12-07' },
    ];
    expect([...sameDayOrdinals(entries)]).to.deep.equal([['a', 0], ['b', 1], ['c', 2], ['d', 0], ['e', 3]]);
    expect(sameDayOrdinals([]).size).to.equal(0);
  });

  it('names each entry by its day written out, numbered when several share it, in Dutch and English', async () => {
    const entries = [{ id: 'a', date: '2026-12-01' }, { id: 'b', date: '2026-12-07' }, { id: 'c', date: '2026-12-07' }];
    const ordinals = sameDayOrdinals(entries);
    expect(entries.map((e) => datedName(e, ordinals, 'nl'))).to.deep.equal(['1 december 2026', '7 december 2026 (1)', '7 december 2026 (2)']);
    try {
      await setLocale('en');
      expect(entries.map((e) => datedName(e, ordinals, 'en'))).to.deep.equal(['December 1, 2026', 'December 7, 2026 (1)', 'December 7, 2026 (2)']);
    } finally {
      await setLocale('nl');
    }
  });
});

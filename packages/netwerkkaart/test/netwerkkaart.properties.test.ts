import { runInstrumentPropertyTests } from '@niet-alleen/core/testing';
import '@niet-alleen/netwerkkaart';
import { netwerkkaartExample, lokaalNetwerkExample, type NaNetwerkkaart, type NetwerkkaartValue } from '@niet-alleen/netwerkkaart';

runInstrumentPropertyTests<NetwerkkaartValue>({
  tag: 'na-netwerkkaart',
  samples: () => [structuredClone(netwerkkaartExample), structuredClone(lokaalNetwerkExample)],
  exports: (el) => {
    const kaart = el as NaNetwerkkaart;
    return [{ kind: 'svg', content: kaart.exportSVG() }, { kind: 'csv', content: kaart.exportCSV() }];
  },
});

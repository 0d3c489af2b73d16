import { feedbackformulierExample } from '@niet-alleen/reflectors';
import { reflectorStories } from './shared.js';

const { meta, stories } = reflectorStories('na-feedbackformulier', "Feedbackformulier gespreksvaardigheden (7.4)", feedbackformulierExample);
export default { ...meta, title: 'Instrumenten/Reflectors/Feedbackformulier gespreksvaardigheden (7.4)', component: 'na-feedbackformulier' };

export const Leeg = stories.Leeg;
export const Ingevuld = stories.Ingevuld;
export const Vergeleken = stories.Vergeleken;
export const AlleenLezen = stories.AlleenLezen;
export const Engels = stories.Engels;
export const Mobiel = stories.Mobiel;
export const Afdrukvoorbeeld = stories.Afdrukvoorbeeld;
export const AfdrukvoorbeeldLeeg = stories.AfdrukvoorbeeldLeeg;

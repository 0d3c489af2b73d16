import { bekendBesluitenBereikenExample } from '@niet-alleen/reflectors';
import { reflectorStories } from './shared.js';

const { meta, stories } = reflectorStories('na-reflector-bekend-besluiten-bereiken', "Bekend Besluiten Bereiken (7.5)", bekendBesluitenBereikenExample);
export default { ...meta, title: 'Instrumenten/Reflectors/Bekend Besluiten Bereiken (7.5)', component: 'na-reflector-bekend-besluiten-bereiken' };

export const Leeg = stories.Leeg;
export const Ingevuld = stories.Ingevuld;
export const Vergeleken = stories.Vergeleken;
export const AlleenLezen = stories.AlleenLezen;
export const Engels = stories.Engels;
export const Mobiel = stories.Mobiel;
export const Afdrukvoorbeeld = stories.Afdrukvoorbeeld;
export const AfdrukvoorbeeldLeeg = stories.AfdrukvoorbeeldLeeg;

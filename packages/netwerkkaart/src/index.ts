import './define.js';
import { NaNetwerkkaart } from './netwerkkaart.js';

// Names are prefixed: the all-in-one bundle re-exports every package with `export *`.
export { NaNetwerkkaart };
export {
  netwerkkaartSchema, netwerkkaartDefinition, emptyNetwerkkaart,
  contactSchema as netwerkContactSchema, tieSchema as netwerkTieSchema, snapshotSchema as netwerkSnapshotSchema,
  type NetwerkkaartValue, type Contact as NetwerkContact, type Tie as NetwerkTie, type Snapshot as NetwerkSnapshot,
} from './schema.js';
export {
  modes as netwerkkaartModes, kinds as netwerkContactKinds, supportTypes as netwerkSupportTypes,
  valuations as netwerkValuations, wishTypes as netwerkWishTypes, directions as netwerkSupportDirections,
  personalSectors as netwerkPersonalSectors, personalRings as netwerkPersonalRings,
  localSectors as netwerkLocalSectors, localRings as netwerkLocalRings,
  type Mode as NetwerkkaartMode, type Kind as NetwerkContactKind, type SupportType as NetwerkSupportType,
  type Direction as NetwerkSupportDirection,
} from './content.js';
export { netwerkkaartExample, lokaalNetwerkExample, generatedNetwork as generatedNetwerkkaart } from './example.js';
export { compare as compareNetwerkkaarten, initials as netwerkInitials, type Comparison as NetwerkComparison } from './export.js';
export { settle as settleNetwerkkaart } from './force.js';
export {
  cellAt as netwerkCellAt, nodeRadius as netwerkNodeRadius,
  type Geometry as NetwerkGeometry, type LayoutInput as NetwerkLayoutInput,
} from './layout.js';

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { msg, str } from '@niet-alleen/core/msg';
import { byId, createId, focusAfterRender, memoizeLast } from '@niet-alleen/core';
import { signalGroupIds, type SignalGroupId } from '@niet-alleen/signaleringskaart/content';
import { dayIds, emptyOption, emptySchedule, type DayId, type VerwijskaartOption, type VerwijskaartSchedule, type VerwijskaartValue } from '../schema.js';
import type { FieldErrorCode } from '../validation.js';
import {
  buildCheckedFields, clip, draftErrors, normalizers, optionFieldKey, scheduleFieldKey, setOption, setSchedule, type CheckedField,
} from './checked-fields.js';

/** What the editor needs of the verwijskaart. */
export interface EditorHost extends ReactiveControllerHost {
  readonly value: VerwijskaartValue;
  readonly editing: boolean;
  readonly renderRoot: HTMLElement | DocumentFragment;
  announce(text: string): void;
}

export interface EditOptions {
  coalesce?: string;
  announce?: string;
}

function move<T>(list: readonly T[], index: number, delta: number): T[] {
  const target = index + delta;
  if (target < 0 || target >= list.length) return [...list];
  const next = [...list];
  const [item] = next.splice(index, 1);
  next.splice(target, 0, item!);
  return next;
}

/**
 * The editor's state and edits (`mode="edit"`): what was typed in checked fields (kept also when it
 * is not right yet, so nothing typed is lost), which fields were left (their errors show), and
 * adding, moving and removing steps, options and schedules with focus where the user continues.
 */
export class EditorController implements ReactiveController {
  /** What the user typed in checked fields, also when it is not right (yet). */
  drafts: Readonly<Record<string, string>> = {};
  /** Checked fields the user has left: their errors are shown. */
  touched: ReadonlySet<string> = new Set();
  showAllErrors = false;
  #ownCommit: VerwijskaartValue | null = null;
  /** The checked fields of a value, built once per value (values are immutable). */
  #checked = memoizeLast((v: VerwijskaartValue) => {
    const fields = buildCheckedFields(v);
    return { fields, byKey: new Map(fields.map((f) => [f.key, f])) };
  });

  constructor(
    private readonly host: EditorHost,
    private readonly commit: (next: VerwijskaartValue, options: { coalesce: string | null; announce: string }) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The value changed (willUpdate): from outside (property, import, undo) the fields show it again. */
  valueChanged(): void {
    if (this.host.value === this.#ownCommit) return;
    this.drafts = {};
    this.touched = new Set();
    this.showAllErrors = false;
  }

  edit(next: VerwijskaartValue, options: EditOptions = {}): void {
    this.#ownCommit = next;
    this.commit(next, { coalesce: options.coalesce ?? null, announce: options.announce ?? '' });
  }

  get fields(): CheckedField[] {
    return this.#checked(this.host.value).fields;
  }

  field(key: string): CheckedField | undefined {
    return this.#checked(this.host.value).byKey.get(key);
  }

  /** Every checked field whose text is not right, with the reason (shown or not). */
  errors(): Map<string, FieldErrorCode> {
    return draftErrors(this.fields, this.drafts, this.host.value);
  }

  /** The errors the user sees: of fields they left, or all after a blocked submit or preview. */
  visibleErrors(): Map<string, FieldErrorCode> {
    const all = this.errors();
    if (this.showAllErrors) return all;
    // An error shows once the user left its field, or the other time of the same schedule.
    const groups = new Map(this.fields.map((f) => [f.key, f.group]));
    const touchedGroups = new Set([...this.touched].map((key) => groups.get(key)));
    return new Map([...all].filter(([key]) => this.touched.has(key) || (all.get(key) === 'time-order' && touchedGroups.has(groups.get(key)))));
  }

  showErrors(): void {
    this.showAllErrors = true;
    this.host.requestUpdate();
  }

  /** Keeps what was typed; takes over every checked field that is right now, and nothing else. */
  checkedInput(key: string, raw: string): void {
    this.drafts = { ...this.drafts, [key]: raw };
    this.host.requestUpdate();
    const errors = this.errors();
    const blocked = new Set<string>();
    const fields = this.fields;
    for (const f of fields) if (errors.has(f.key)) blocked.add(f.group);
    const value = this.host.value;
    let next = value;
    for (const f of fields) {
      const draft = this.drafts[f.key];
      if (draft === undefined || blocked.has(f.group)) continue;
      const checked = normalizers[f.kind](draft);
      if (checked.ok && f.get(next) !== checked.value) next = f.set(next, checked.value);
    }
    if (next !== value) this.edit(next, { coalesce: key });
  }

  onFocusOut = (event: FocusEvent): void => {
    // A focused field that disappears with the editor (readonly, preview, view mode) also fires
    // focusout, during rendering: nothing to mark then (and a state change mid-render is a Lit warning).
    if (!this.host.editing) return;
    const id = (event.target as HTMLElement).id;
    if (id && id in this.drafts && !this.touched.has(id)) {
      this.touched = new Set([...this.touched, id]);
      this.host.requestUpdate();
    }
  };

  focus(id: string): void {
    void focusAfterRender(this.host, byId(id));
  }

  plainInput(id: string, next: VerwijskaartValue): void {
    this.edit(next, { coalesce: id });
  }

  addStep(text: string): void {
    const v = this.host.value;
    this.edit({ ...v, steps: [...v.steps, { id: createId(), text: clip(text, 1000) }] }, { announce: msg(str`Stap toegevoegd: ${text}`) });
  }

  moveStep(index: number, delta: number, buttonId: string): void {
    this.edit({ ...this.host.value, steps: move(this.host.value.steps, index, delta) }, {
      announce: msg(str`Stap verplaatst naar plaats ${index + delta + 1}.`),
    });
    this.focus(buttonId);
  }

  removeStep(index: number): void {
    const steps = this.host.value.steps;
    const removed = steps[index]!;
    this.edit({ ...this.host.value, steps: steps.filter((s) => s.id !== removed.id) }, {
      announce: msg('Stap verwijderd. Met Ongedaan maken komt hij terug.'),
    });
    const next = steps[index + 1] ?? steps[index - 1];
    this.focus(next ? `step-${next.id}` : 'add-step');
  }

  addOption(): void {
    const option = emptyOption(createId());
    this.edit({ ...this.host.value, options: [...this.host.value.options, option] }, { announce: msg('Nieuwe optie toegevoegd.') });
    this.focus(optionFieldKey(option.id, 'text'));
  }

  moveOption(index: number, delta: number, buttonId: string): void {
    this.edit({ ...this.host.value, options: move(this.host.value.options, index, delta) }, {
      announce: msg(str`Optie verplaatst naar plaats ${index + delta + 1}.`),
    });
    this.focus(buttonId);
  }

  removeOption(index: number): void {
    const options = this.host.value.options;
    const removed = options[index]!;
    this.edit({ ...this.host.value, options: options.filter((o) => o.id !== removed.id) }, {
      announce: msg('Optie verwijderd. Met Ongedaan maken komt hij terug.'),
    });
    const next = options[index + 1] ?? options[index - 1];
    this.focus(next ? optionFieldKey(next.id, 'text') : 'add-option');
  }

  toggleGroup(option: VerwijskaartOption, group: SignalGroupId, on: boolean): void {
    const current = this.host.value.options.find((o) => o.id === option.id)?.signalGroups ?? [];
    const signalGroups = signalGroupIds.filter((g) => (g === group ? on : current.includes(g)));
    this.edit(setOption(this.host.value, option.id, { signalGroups }));
  }

  addSchedule(): void {
    const v = this.host.value;
    const schedule = emptySchedule(createId());
    this.edit({ ...v, contact: { ...v.contact, schedules: [...v.contact.schedules, schedule] } }, { announce: msg('Nieuwe tijden toegevoegd.') });
    this.focus(scheduleFieldKey(schedule.id, 'opens_at'));
  }

  removeSchedule(index: number): void {
    const v = this.host.value;
    const schedules = v.contact.schedules;
    const removed = schedules[index]!;
    this.edit(
      { ...v, contact: { ...v.contact, schedules: schedules.filter((s) => s.id !== removed.id) } },
      { announce: msg('Tijden verwijderd. Met Ongedaan maken komen ze terug.') },
    );
    const next = schedules[index + 1] ?? schedules[index - 1];
    this.focus(next ? scheduleFieldKey(next.id, 'opens_at') : 'add-schedule');
  }

  toggleDay(schedule: VerwijskaartSchedule, day: DayId, on: boolean): void {
    const current = this.host.value.contact.schedules.find((s) => s.id === schedule.id)?.byday ?? [];
    const byday = dayIds.filter((d) => (d === day ? on : current.includes(d)));
    this.edit(setSchedule(this.host.value, schedule.id, { byday }));
  }
}

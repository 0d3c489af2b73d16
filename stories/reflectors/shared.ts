import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '@niet-alleen/reflectors';
import type { ReflectorDefinition, ReflectorValue } from '@niet-alleen/reflectors';
import { narrow, paper } from '../shared/layouts.js';

export interface ReflectorArgs {
  value?: ReflectorValue;
  readonly: boolean;
  view: 'fill' | 'compare';
}
export type ReflectorStory = StoryObj<ReflectorArgs>;

/**
 * The same set of stories for every reflector: empty, filled, two fillings compared,
 * readonly, English, mobile (320 px) and print preview (filled and blank).
 * `definition` is only for the generic <na-reflector>.
 */
export function reflectorStories(tag: string, title: string, example: ReflectorValue, definition?: ReflectorDefinition) {
  const t = unsafeStatic(tag);
  const el = ({ value, readonly = false, view = 'fill' }: Partial<ReflectorArgs>, printPreview = false) =>
    staticHtml`<${t} .definition=${definition ?? null} .value=${value ?? { schemaVersion: 1, moments: [] }} ?readonly=${readonly} view=${view} ?print-preview=${printPreview}></${t}>`;
  const meta: Meta<ReflectorArgs> = {
    title: `Instrumenten/Reflectors/${title}`,
    component: tag,
    tags: ['autodocs'],
    args: { readonly: false, view: 'fill' },
    argTypes: { view: { control: 'inline-radio', options: ['fill', 'compare'] } },
    render: (args) => el(args),
  };
  const stories = {
    Leeg: {} as ReflectorStory,
    Ingevuld: { args: { value: example } } as ReflectorStory,
    Vergeleken: { name: 'Twee invullingen vergeleken', args: { value: example, view: 'compare' } } as ReflectorStory,
    AlleenLezen: { name: 'Alleen lezen', args: { value: example, readonly: true } } as ReflectorStory,
    Engels: { name: 'English', args: { value: example }, parameters: { locale: 'en' } } as ReflectorStory,
    Mobiel: { name: 'Mobiel (320 px)', args: { value: example }, render: (args) => narrow(html`${el(args)}`) } as ReflectorStory,
    Afdrukvoorbeeld: { args: { value: example }, render: (args) => paper(html`${el(args, true)}`) } as ReflectorStory,
    AfdrukvoorbeeldLeeg: { name: 'Afdrukvoorbeeld (blanco)', render: () => paper(html`${el({}, true)}`) } as ReflectorStory,
  };
  return { meta, stories };
}

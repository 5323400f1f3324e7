import { describe, expect, it } from 'vitest';
import {
  addChild,
  addSibling,
  cleanNodeFields,
  keyPath,
  moveNode,
  nodeAt,
  nodePathOfIssue,
  pathKey,
  prune,
  removeNode,
  sumUpMaxima,
  updateNode,
  type EditableFramework,
} from './framework-edit';
import { validateFramework } from './framework-ops';
import { HP_SGDDT_2023 } from './frameworks/hp-sgddt-2023';

const copy = (): EditableFramework => JSON.parse(JSON.stringify(HP_SGDDT_2023));
const codes = (doc: EditableFramework, path: number[]) => (path.length ? nodeAt(doc, path)?.children : doc.areas)?.map((n) => n.code);
// Area 7 is areas[6]; 7.1 is its first child, 7.3 its third.
const A7 = 6;

describe('framework edits', () => {
  it('finds nodes by index path and maps tree keys both ways', () => {
    const doc = copy();
    expect(nodeAt(doc, [A7, 0, 3])?.code).toBe('7.1.4');
    expect(nodeAt(doc, [A7, 99])).toBeUndefined();
    expect(keyPath(pathKey([A7, 0, 3]))).toEqual([A7, 0, 3]);
  });

  it('updates a node without touching its children or the original document', () => {
    const doc = copy();
    const { children, ...fields } = nodeAt(doc, [A7, 0])!;
    const next = updateNode(doc, [A7, 0], { ...fields, title: 'Ứng dụng CNTT (sửa)' });
    expect(nodeAt(next, [A7, 0])).toMatchObject({ title: 'Ứng dụng CNTT (sửa)', children });
    expect(nodeAt(doc, [A7, 0])?.title).not.toBe('Ứng dụng CNTT (sửa)');
  });

  it('splits a scored leaf: the first child takes its rule, inputs and maximum, and the framework stays valid', () => {
    const { doc, path } = addChild(copy(), [A7, 2]);
    expect(path).toEqual([A7, 2, 0]);
    const parent = nodeAt(doc, [A7, 2])!;
    expect(parent.rule).toBeUndefined();
    expect(parent.inputs).toBeUndefined();
    expect(nodeAt(doc, path)).toMatchObject({ code: '7.3.1', maxPoints: 0.5, rule: { type: 'bands' } });
    expect(validateFramework(doc).ok).toBe(true);
  });

  it('adds children and siblings with the next free code, as valid 0-point placeholders', () => {
    const added = addChild(copy(), [A7, 0]);
    expect(nodeAt(added.doc, added.path)).toMatchObject({ code: '7.1.6', maxPoints: 0, placeholder: true });
    const sibling = addSibling(added.doc, [A7, 0, 1]);
    expect(sibling.path).toEqual([A7, 0, 2]);
    expect(codes(sibling.doc, [A7, 0])).toEqual(['7.1.1', '7.1.2', '7.1.7', '7.1.3', '7.1.4', '7.1.5', '7.1.6']);
    expect(validateFramework(sibling.doc).ok).toBe(true);
    const area = addSibling(copy(), [7]);
    expect(nodeAt(area.doc, area.path)?.code).toBe('9');
  });

  it('moves a node up and down, and stays put at either end', () => {
    const doc = copy();
    const down = moveNode(doc, [A7, 0, 0], 1);
    expect(down.path).toEqual([A7, 0, 1]);
    expect(codes(down.doc, [A7, 0])?.slice(0, 2)).toEqual(['7.1.2', '7.1.1']);
    expect(moveNode(doc, [A7, 0, 0], -1)).toEqual({ doc, path: [A7, 0, 0] });
    expect(moveNode(doc, [A7, 0, 4], 1).path).toEqual([A7, 0, 4]);
  });

  it('removes a node with its children', () => {
    const doc = removeNode(copy(), [A7, 0]);
    expect(codes(doc, [A7])?.[0]).toBe('7.2');
  });

  it('sums maxima up the ancestors after a leaf maximum changes', () => {
    const doc = copy();
    const { children: _none, ...leaf } = nodeAt(doc, [A7, 0, 3])!;
    const raised = updateNode(doc, [A7, 0, 3], { ...leaf, maxPoints: 1.5 });
    expect(validateFramework(raised).ok).toBe(false);
    const summed = sumUpMaxima(raised, [A7, 0, 3]);
    expect(nodeAt(summed, [A7, 0])?.maxPoints).toBe(2.5);
    expect(nodeAt(summed, [A7])?.maxPoints).toBe(11.3);
    expect(validateFramework(summed).ok).toBe(true);
  });

  it('maps a server error path to its node and field', () => {
    expect(nodePathOfIssue('areas[6].children[0].maxPoints')).toEqual({ path: [6, 0], field: 'maxPoints' });
    expect(nodePathOfIssue('areas[2].children[3].children[1].rule.bands[1].min')).toEqual({ path: [2, 3, 1], field: 'rule.bands[1].min' });
    expect(nodePathOfIssue('areas[0]')).toEqual({ path: [0], field: '' });
    expect(nodePathOfIssue('code')).toEqual({ path: [], field: 'code' });
  });
});

describe('form values to a node', () => {
  it('drops empty values but keeps list positions and false', () => {
    expect(prune({ a: null, b: '', c: [{ x: null }, { y: 1 }], d: false, e: { f: undefined } })).toEqual({ c: [{}, { y: 1 }], d: false });
  });

  it('keeps only the fields of the chosen rule type and value kind, so a switched rule passes the strict schema', () => {
    const fields = cleanNodeFields({
      code: '7.3',
      title: 'Tin bài',
      maxPoints: 0.5,
      responsibleUnits: undefined,
      placeholder: false,
      rule: {
        type: 'bands',
        value: { kind: 'input', key: 'posts', numerator: 'a', expr: '' },
        bands: [{ min: 0, points: 0.5, max: null }],
        onNoData: 'zero',
        expr: 'old',
        input: 'x',
      },
    });
    expect(fields).toEqual({
      code: '7.3',
      title: 'Tin bài',
      maxPoints: 0.5,
      responsibleUnits: [],
      rule: { type: 'bands', value: { kind: 'input', key: 'posts' }, bands: [{ min: 0, points: 0.5 }], onNoData: 'zero' },
    });
    expect(cleanNodeFields({ code: '1', title: 't', maxPoints: 0, responsibleUnits: ['VP'], rule: { type: undefined } }).rule).toBeUndefined();
  });
});

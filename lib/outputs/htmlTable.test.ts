import { describe, expect, it } from 'vitest';
import { escapeHtml, htmlTable } from './htmlTable';

describe('escapeHtml', () => {
  it('escapes every character that could open a tag, an entity or leave an attribute', () => {
    expect(escapeHtml(`<img src=x onerror="alert('1')">&amp;`)).toBe('&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt;&amp;amp;');
  });
});

describe('htmlTable', () => {
  it('writes caption, header, body and footer rows, one row per line', () => {
    const html = htmlTable({
      caption: 'Scores',
      columns: ['', 'score'],
      rows: [{ header: 'a', cells: ['1'] }],
      footer: [{ header: 'total', cells: ['1'] }],
    });
    expect(html.split('\n')).toEqual([
      '<table>',
      '<caption>Scores</caption>',
      '<thead><tr><th></th><th>score</th></tr></thead>',
      '<tbody>',
      '<tr><th>a</th><td>1</td></tr>',
      '</tbody>',
      '<tfoot>',
      '<tr><th>total</th><td>1</td></tr>',
      '</tfoot>',
      '</table>',
      '',
    ]);
  });

  it('escapes cell text, column names and the caption, so a label cannot inject markup', () => {
    const evil = '<script>alert(1)</script>';
    const html = htmlTable({ caption: evil, columns: [evil], rows: [{ header: evil, cells: [evil] }] });
    expect(html).not.toContain('<script>');
    expect(html.match(/&lt;script&gt;/g)).toHaveLength(4);
  });

  it('leaves out the caption and footer when there are none', () => {
    const html = htmlTable({ columns: ['x'], rows: [] });
    expect(html).not.toContain('<caption>');
    expect(html).not.toContain('<tfoot>');
  });
});

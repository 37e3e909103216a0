import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { TableView } from './TableView';

describe('TableView', () => {
  it('renders a caption, headers and cells', () => {
    const html = renderToStaticMarkup(
      <TableView
        table={{
          caption: 'Iris',
          columns: ['name', 'n'],
          rows: [
            ['setosa', 50],
            [null, true],
          ],
          totalRows: 2,
        }}
      />,
    );
    expect(html).toContain('<caption>Iris</caption>');
    expect(html).toContain('<th scope="col">name</th>');
    expect(html).toContain('<td>setosa</td>');
    expect(html).toContain('<td>true</td>');
    expect(html).not.toContain('Showing');
  });

  it('says how many rows it shows when the kernel sent fewer than there are', () => {
    const html = renderToStaticMarkup(<TableView table={{ columns: ['a'], rows: [[1]], totalRows: 5000 }} />);
    expect(html).toContain('Showing 1 of 5,000 rows');
  });

  it('shows the first 200 rows of a long table, and offers the rest in pages', () => {
    const rows = Array.from({ length: 100_000 }, (_, i) => [i, i * 2]);
    const html = renderToStaticMarkup(<TableView table={{ columns: ['(index)', 'twice'], rows, totalRows: rows.length }} />);
    expect(html.match(/<tr>/g)).toHaveLength(201); // header + 200
    expect(html).toMatch(/>398<\/td>/);
    expect(html).not.toContain('>400<');
    expect(html).toContain('Showing 200 of 100,000 rows');
    expect(html).toContain('Show 200 more rows');
    expect(html).not.toContain('Show all'); // 100,000 rows at once would freeze the page
  });

  it('offers "Show all" for a table that stays quick to lay out', () => {
    const rows = Array.from({ length: 1_000 }, (_, i) => [i]);
    const html = renderToStaticMarkup(<TableView table={{ columns: ['n'], rows, totalRows: 3_000 }} />);
    expect(html).toContain('Showing 200 of 3,000 rows');
    expect(html).toContain('Show all 1,000 rows');
  });

  it('makes an (index) column row headers', () => {
    const html = renderToStaticMarkup(<TableView table={{ columns: ['(index)', 'a'], rows: [[0, 'x']], totalRows: 1 }} />);
    expect(html).toMatch(/<th scope="row"[^>]*>0<\/th>/);
  });
});

import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { TableView } from './TableView';

describe('TableView', () => {
  it('renders a caption, headers and cells', () => {
    const html = renderToStaticMarkup(
      <TableView table={{ caption: 'Iris', columns: ['name', 'n'], rows: [['setosa', 50], [null, true]], totalRows: 2 }} />,
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

  it('makes an (index) column row headers', () => {
    const html = renderToStaticMarkup(<TableView table={{ columns: ['(index)', 'a'], rows: [[0, 'x']], totalRows: 1 }} />);
    expect(html).toMatch(/<th scope="row"[^>]*>0<\/th>/);
  });
});

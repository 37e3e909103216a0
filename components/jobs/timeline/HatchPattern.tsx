/** The white diagonal hatch over a lost attempt (and its legend swatch); `id` must be unique in the page. */
export function HatchPattern({ id }: { id: string }) {
  return (
    <pattern id={id} width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <rect width="2" height="5" fill="rgba(255,255,255,0.6)" />
    </pattern>
  );
}

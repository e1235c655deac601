/** The hovered initiative's title beside the pointer. */
export function Tooltip({ x, y, text }: { x: number; y: number; text: string }) {
  return (
    <div className="tooltip" style={{ left: x + 14, top: y + 14 }} role="tooltip">
      {text}
    </div>
  );
}

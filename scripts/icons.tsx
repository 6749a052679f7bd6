/**
 * `npx tsx scripts/icons.tsx`: draws app/apple-icon.png (180 px, full-bleed for iOS) and app/favicon.ico
 * (16, 32 and 48 px) from app/icon.svg, the one drawing of the mark. Run it after changing the SVG.
 */
import fs from "node:fs";
import { ImageResponse } from "next/og";

const svg = fs.readFileSync("app/icon.svg");
const src = `data:image/svg+xml;base64,${svg.toString("base64")}`;

async function png(size: number, padding = 0) {
  const inner = size - 2 * padding;
  const response = new ImageResponse(
    <div
      style={{
        width: size,
        height: size,
        display: "flex",
        alignItems: "center",
        justifyContent: "center",
        background: padding ? "#102f58" : "transparent",
      }}
    >
      {/* satori (next/og) draws plain <img>; next/image does not apply here */}
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img src={src} alt="" width={inner} height={inner} />
    </div>,
    { width: size, height: size },
  );
  return Buffer.from(await response.arrayBuffer());
}

/** An .ico holding PNG images (allowed since Windows Vista; every current browser reads it). */
function ico(images: { size: number; data: Buffer }[]) {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, data }, i) => {
    const at = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, at);
    header.writeUInt8(size >= 256 ? 0 : size, at + 1);
    header.writeUInt8(0, at + 2);
    header.writeUInt8(0, at + 3);
    header.writeUInt16LE(1, at + 4);
    header.writeUInt16LE(32, at + 6);
    header.writeUInt32LE(data.length, at + 8);
    header.writeUInt32LE(offset, at + 12);
    offset += data.length;
  });
  return Buffer.concat([header, ...images.map((i) => i.data)]);
}

(async () => {
  fs.writeFileSync("app/apple-icon.png", await png(180, 16));
  const sizes = [16, 32, 48];
  fs.writeFileSync("app/favicon.ico", ico(await Promise.all(sizes.map(async (size) => ({ size, data: await png(size) })))));
})();

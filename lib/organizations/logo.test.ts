import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadPrincipal } from "@/lib/accounts/principal";
import { ForbiddenError, type Principal } from "@/lib/auth/permissions";
import { organizationLogos, organizations } from "@/lib/db/schema";
import { seedReferenceData } from "@/lib/db/reference";
import { createTestDatabase, type TestDatabase } from "@/tests/db";
import { addOrganizationMember, auditOf, createOrganization, createUser } from "@/tests/factories";
import sharp from "sharp";
import { detectImageType, logoSidePixels, maxLogoBytes, readPublicLogo, reencodeLogo, removeLogo, uploadLogo } from "./logo";

let t: TestDatabase;
const principal = async (userId: string) => (await loadPrincipal(t.db, userId)) as Principal;
const pngHeader = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82, 1, 2, 3]);
/** A real image of the given format and size, drawn by sharp. */
async function image(format: "png" | "jpeg" | "webp", width = 4, height = 4) {
  const raw = sharp({ create: { width, height, channels: 3, background: { r: 200, g: 30, b: 30 } } });
  return new Uint8Array(await raw.toFormat(format).toBuffer());
}
let png: Uint8Array;
let jpeg: Uint8Array;
const text = (bytes: Uint8Array) => Buffer.from(bytes).toString("latin1");
const file = (bytes: Uint8Array, size = bytes.length) => ({ size, arrayBuffer: async () => bytes.slice().buffer as ArrayBuffer });

beforeAll(async () => {
  t = await createTestDatabase();
  await seedReferenceData(t.db);
  png = await image("png");
  jpeg = await image("jpeg");
});
afterAll(() => t?.close());

async function verifiedOrganization(name: string) {
  const id = await createOrganization(t.db, name);
  await t.db.update(organizations).set({ verificationStatus: "verified" }).where(eq(organizations.id, id));
  return id;
}

describe("logo", () => {
  it("recognizes PNG, JPEG and WebP by their first bytes, and nothing else (SVG neither)", () => {
    expect(detectImageType(pngHeader)).toBe("image/png");
    expect(detectImageType(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0]))).toBe("image/jpeg");
    expect(detectImageType(new TextEncoder().encode("RIFF\u0000\u0000\u0000\u0000WEBPVP8 "))).toBe("image/webp");
    expect(detectImageType(new TextEncoder().encode("<svg xmlns='http://www.w3.org/2000/svg'><script/></svg>"))).toBeNull();
    expect(detectImageType(new Uint8Array())).toBeNull();
  });

  it("a member sets, replaces and removes the logo; it is public once the organization is verified", async () => {
    const org = { id: await verifiedOrganization("Fundacja Z Logo") };
    const member = await createUser(t.db);
    await addOrganizationMember(t.db, org.id, member.id, "editor");
    const me = await principal(member.id);

    const first = await uploadLogo(t.db, me, { organizationId: org.id, file: file(png) });
    expect(first.ok).toBe(true);
    const [row] = await t.db.select({ logoHash: organizations.logoHash }).from(organizations).where(eq(organizations.id, org.id));
    expect(row.logoHash).toBe(first.ok && first.value.hash);
    const logo = await readPublicLogo(t.db, org.id);
    expect(logo?.contentType).toBe("image/png");
    expect(await sharp(logo!.bytes).metadata()).toMatchObject({ format: "png", width: 4, height: 4 });

    const second = await uploadLogo(t.db, me, { organizationId: org.id, file: file(jpeg) });
    expect(second.ok && second.value.hash).not.toBe(first.ok && first.value.hash);
    expect((await readPublicLogo(t.db, org.id))?.contentType).toBe("image/png"); // stored as PNG whatever came

    expect((await removeLogo(t.db, me, { organizationId: org.id })).ok).toBe(true);
    expect(await readPublicLogo(t.db, org.id)).toBeNull();
    const pending = await createOrganization(t.db, "Fundacja Niezweryfikowana");
    await addOrganizationMember(t.db, pending, member.id, "owner");
    expect((await uploadLogo(t.db, await principal(member.id), { organizationId: pending, file: file(png) })).ok).toBe(true);
    expect(await readPublicLogo(t.db, pending)).toBeNull();
    expect((await auditOf(t.db, org.id)).map((a) => a.action)).toEqual(
      expect.arrayContaining(["organization.uploadLogo", "organization.removeLogo"]),
    );
  });

  it("explains a wrong type, an empty and a too large file at the field", async () => {
    const org = { id: await verifiedOrganization("Stowarzyszenie Bez Logo") };
    const owner = await createUser(t.db);
    await addOrganizationMember(t.db, org.id, owner.id, "owner");
    const me = await principal(owner.id);
    const svg = new TextEncoder().encode("<svg/>");
    expect(await uploadLogo(t.db, me, { organizationId: org.id, file: file(svg) })).toEqual({
      ok: false,
      fieldErrors: { logo: ["logoType"] },
    });
    expect(await uploadLogo(t.db, me, { organizationId: org.id, file: null })).toEqual({
      ok: false,
      fieldErrors: { logo: ["logoRequired"] },
    });
    expect(await uploadLogo(t.db, me, { organizationId: org.id, file: file(png, maxLogoBytes + 1) })).toEqual({
      ok: false,
      fieldErrors: { logo: ["logoTooLarge"] },
    });
    expect(await t.db.select().from(organizationLogos).where(eq(organizationLogos.organizationId, org.id))).toEqual([]);
  });

  it("refuses a member of another organization, and an anonymous visitor; nothing changes", async () => {
    const victim = { id: await verifiedOrganization("Fundacja Cudza") };
    const owner = await createUser(t.db);
    await addOrganizationMember(t.db, victim.id, owner.id, "owner");
    await uploadLogo(t.db, await principal(owner.id), { organizationId: victim.id, file: file(png) });
    const other = { id: await verifiedOrganization("Fundacja Inna") };
    const stranger = await createUser(t.db);
    await addOrganizationMember(t.db, other.id, stranger.id, "owner");
    const them = await principal(stranger.id);
    await expect(uploadLogo(t.db, them, { organizationId: victim.id, file: file(jpeg) })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(removeLogo(t.db, them, { organizationId: victim.id })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(uploadLogo(t.db, null, { organizationId: victim.id, file: file(jpeg) })).rejects.toBeInstanceOf(ForbiddenError);
    expect((await readPublicLogo(t.db, victim.id))?.contentType).toBe("image/png");
  });

  it("redraws every image: a script after a real PNG is gone, a PNG header before a script is refused, a large one is scaled down", async () => {
    const org = { id: await verifiedOrganization("Fundacja Poliglota") };
    const owner = await createUser(t.db);
    await addOrganizationMember(t.db, org.id, owner.id, "owner");
    const me = await principal(owner.id);
    const script = new TextEncoder().encode("<script>alert(document.cookie)</script>");

    const polyglot = Uint8Array.from([...png, ...script]);
    expect(text(polyglot)).toContain("<script>");
    expect((await uploadLogo(t.db, me, { organizationId: org.id, file: file(polyglot) })).ok).toBe(true);
    const [stored] = await t.db.select().from(organizationLogos).where(eq(organizationLogos.organizationId, org.id));
    expect(stored.contentType).toBe("image/png");
    expect(text(stored.bytes)).not.toContain("<script");

    const fake = Uint8Array.from([...pngHeader, ...script]);
    expect(await uploadLogo(t.db, me, { organizationId: org.id, file: file(fake) })).toEqual({
      ok: false,
      fieldErrors: { logo: ["logoType"] },
    });

    const large = await reencodeLogo(await image("webp", 2000, 1000));
    expect(await sharp(large!).metadata()).toMatchObject({ format: "png", width: logoSidePixels, height: logoSidePixels / 2 });
    expect(await reencodeLogo(new TextEncoder().encode("GIF89a"))).toBeNull();
  });

  it("serves a logo stored before uploads were redrawn as a redrawn PNG", async () => {
    const org = { id: await verifiedOrganization("Fundacja Dawne Logo") };
    const polyglot = Uint8Array.from([...jpeg, ...new TextEncoder().encode("<script>alert(1)</script>")]);
    await t.db
      .insert(organizationLogos)
      .values({ organizationId: org.id, contentType: "image/jpeg", bytes: polyglot, hash: "0123456789abcdef" });
    await t.db.update(organizations).set({ logoHash: "0123456789abcdef" }).where(eq(organizations.id, org.id));
    const logo = await readPublicLogo(t.db, org.id);
    expect(logo?.contentType).toBe("image/png");
    expect(logo?.hash).toBe("0123456789abcdef");
    expect(text(logo!.bytes)).not.toContain("<script");
    expect((await sharp(logo!.bytes).metadata()).format).toBe("png");
  });

  it("answers 'not found' for a malformed organization id, without a query (it answered 500 to an administrator)", async () => {
    const admin = await principal((await createUser(t.db, { isAdmin: true })).id);
    for (const organizationId of ["", "------------------------------------", undefined]) {
      expect(await uploadLogo(t.db, admin, { organizationId, file: file(png) })).toEqual({ ok: false, formError: "notFound" });
      expect(await removeLogo(t.db, admin, { organizationId })).toEqual({ ok: false, formError: "notFound" });
    }
    await expect(removeLogo(t.db, null, { organizationId: "" })).rejects.toBeInstanceOf(ForbiddenError);
  });
});

import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { checkLogo, detectLogoMime, LOGO_MAX_BYTES } from "@/lib/projects/logo";

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const JPG = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]);
const GIF = new TextEncoder().encode("GIF89a\x01\x00");

describe("logos", () => {
  it("recognises PNG, JPG and GIF by their magic bytes", () => {
    expect(detectLogoMime(PNG)).toBe("image/png");
    expect(detectLogoMime(JPG)).toBe("image/jpeg");
    expect(detectLogoMime(GIF)).toBe("image/gif");
    expect(checkLogo(PNG)).toBe("image/png");
  });

  it("refuses other content whatever it is called", () => {
    const svg = new TextEncoder().encode("<svg xmlns='http://www.w3.org/2000/svg'/>");
    expect(() => checkLogo(svg)).toThrowError(/PNG, JPG or GIF/);
    expect(() => checkLogo(new Uint8Array())).toThrowError(/empty/);
  });

  it("refuses 1 MB or more with a too_large error", () => {
    const big = new Uint8Array(LOGO_MAX_BYTES);
    big.set(PNG);
    try {
      checkLogo(big);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe("too_large");
      expect((error as AppError).problems[0].location?.field).toBe("logo");
    }
  });
});

// String.fromCharCode takes its bytes as arguments; chunks keep the call under engine argument limits.
const CHUNK = 0x8000;

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary);
}

/** Size of the base64 text for n bytes (what a file costs in a request body). */
export const base64Length = (bytes: number): number => Math.ceil(bytes / 3) * 4;

export async function fileToBase64(file: Blob): Promise<string> {
  return bytesToBase64(new Uint8Array(await file.arrayBuffer()));
}

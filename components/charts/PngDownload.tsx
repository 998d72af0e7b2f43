"use client";
// Converts a chart's SVG (fetched from the download route) to a PNG in the browser:
// draw it on a canvas at twice the size (screen) or at 300 dpi (print, marked as such in
// the file) and save the result. Used on staff pages only.
import { useState } from "react";
import { scaleForDpi, withDpi } from "@/lib/charts/png-dpi";

export function PngDownload({ svgUrl, fileName, label, dpi }: { svgUrl: string; fileName: string; label: string; dpi?: number }) {
  const [busy, setBusy] = useState(false);
  async function download() {
    setBusy(true);
    try {
      const response = await fetch(svgUrl, { credentials: "same-origin" });
      if (!response.ok) return;
      const svgBlob = new Blob([await response.text()], { type: "image/svg+xml" });
      const url = URL.createObjectURL(svgBlob);
      const image = new Image();
      await new Promise<void>((resolve, reject) => {
        image.onload = () => resolve();
        image.onerror = () => reject(new Error("chart image failed to load"));
        image.src = url;
      });
      const scale = dpi ? scaleForDpi(dpi) : 2;
      const canvas = document.createElement("canvas");
      canvas.width = image.naturalWidth * scale;
      canvas.height = image.naturalHeight * scale;
      const context = canvas.getContext("2d");
      if (!context) return;
      context.fillStyle = "#ffffff";
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.drawImage(image, 0, 0, canvas.width, canvas.height);
      URL.revokeObjectURL(url);
      const drawn = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/png"));
      if (!drawn) return;
      const png = dpi ? new Blob([new Uint8Array(withDpi(new Uint8Array(await drawn.arrayBuffer()), dpi))], { type: "image/png" }) : drawn;
      const link = document.createElement("a");
      link.href = URL.createObjectURL(png);
      link.download = fileName;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    } finally {
      setBusy(false);
    }
  }
  return (
    <button type="button" className="link-button" onClick={download} disabled={busy} aria-busy={busy}>
      {label}
    </button>
  );
}

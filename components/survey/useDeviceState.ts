"use client";
import { useMemo, useSyncExternalStore } from "react";
import { deviceSnapshot, parseDeviceSnapshot, subscribeDevice, type DeviceState } from "@/lib/survey/draft";

/** The draft and "submitted" marker on this device; undefined until the page is hydrated. */
export function useDeviceState(scope: string): DeviceState | undefined {
  const snapshot = useSyncExternalStore(
    subscribeDevice,
    () => deviceSnapshot(scope),
    () => undefined,
  );
  return useMemo(() => (snapshot === undefined ? undefined : parseDeviceSnapshot(scope, snapshot)), [snapshot, scope]);
}

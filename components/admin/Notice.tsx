// A status message after an action (announced politely to screen readers).
export function Notice({ children, warning = false }: { children: React.ReactNode; warning?: boolean }) {
  return (
    <div className={warning ? "notice notice--warning" : "notice"} role={warning ? "alert" : "status"}>
      {children}
    </div>
  );
}

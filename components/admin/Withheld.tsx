// A view (or a question card) that shows nothing because its group is below the
// minimum group size; the text says why (lib/dashboard/disclosure.ts).
export function Withheld({ children }: { children: React.ReactNode }) {
  return (
    <p className="notice notice--warning withheld" role="status" data-withheld="">
      {children}
    </p>
  );
}

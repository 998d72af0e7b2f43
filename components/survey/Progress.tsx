// Where the respondent is: the step caption and the share of shown questions answered.
// `percent` is undefined until the answers are known (the script has read the device
// draft): the bar and the share keep their place, empty, rather than say "0% answered".
export function Progress({ caption, percent, label, share }: { caption: string; percent: number | undefined; label: string; share: string | undefined }) {
  return (
    <div className="progress">
      <p className="progress__caption">{caption}</p>
      <progress className={`progress__bar${percent === undefined ? " progress__bar--pending" : ""}`} max={100} value={percent ?? 0} aria-label={label} aria-hidden={percent === undefined || undefined}>
        {percent ?? 0}%
      </progress>
      <p className="progress__share">{share ?? "\u00a0"}</p>
    </div>
  );
}

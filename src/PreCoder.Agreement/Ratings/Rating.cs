namespace PreCoder.Agreement;

/// <summary>
/// One coder's score for one unit, the long-format input to <see cref="RatingMatrix.FromRatings{TUnit, TCoder}(IEnumerable{Rating{TUnit, TCoder}}, IReadOnlyList{TUnit}, IReadOnlyList{TCoder})"/>.
/// </summary>
/// <typeparam name="TUnit">The unit key, e.g. an utterance id.</typeparam>
/// <typeparam name="TCoder">The coder key; the domain's coder type, not a name string.</typeparam>
/// <param name="Unit">The unit that was coded.</param>
/// <param name="Coder">The coder who coded it.</param>
/// <param name="Value">The score; <see cref="double.NaN"/> means missing (never 0).</param>
public readonly record struct Rating<TUnit, TCoder>(TUnit Unit, TCoder Coder, double Value);

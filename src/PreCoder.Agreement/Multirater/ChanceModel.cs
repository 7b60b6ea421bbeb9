namespace PreCoder.Agreement;

/// <summary>How a multi-rater coefficient models chance agreement (Gwet 2014, irrCAC).</summary>
internal enum ChanceModel
{
    /// <summary>No chance correction: the coefficient is the (weighted) pairwise agreement p_a itself.</summary>
    None,

    /// <summary>Fleiss (and Scott for two raters): p_e = sum w_kl pi_k pi_l with pooled prevalences.</summary>
    Fleiss,

    /// <summary>Gwet AC1/AC2: p_e = sum(w) / (q (q - 1)) * sum pi_k (1 - pi_k).</summary>
    Gwet,

    /// <summary>Brennan-Prediger: p_e = sum(w) / q^2, uniform chance.</summary>
    BrennanPrediger,

    /// <summary>Conger: Cohen's rater-specific marginals generalised to many raters.</summary>
    Conger,
}

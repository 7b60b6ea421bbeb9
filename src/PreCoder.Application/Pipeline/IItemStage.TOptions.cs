namespace PreCoder.Application.Pipeline;

/// <summary>An <see cref="IItemStage"/> whose pipeline options bind to <typeparamref name="TOptions"/>; read them with <see cref="StageInput.OptionsAs{T}"/>.</summary>
public interface IItemStage<TOptions> : IItemStage
    where TOptions : class, new()
{
    Type IItemStage.OptionsType => typeof(TOptions);
}

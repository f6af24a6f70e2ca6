namespace FactCheck.Llm.Client;

/// <summary>What the cache keeps of an answer: its text and where it came from; enough to replay it.</summary>
public sealed record CachedAnswer(string Text, string? ModelId, string? FinishReason, long? InputTokens, long? OutputTokens);

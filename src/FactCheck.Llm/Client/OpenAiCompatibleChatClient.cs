using System.ClientModel;
using System.ClientModel.Primitives;
using System.Runtime.CompilerServices;
using FactCheck.Llm.Configuration;
using Microsoft.Extensions.AI;
using OpenAI;
using OpenAI.Chat;
using AiChatMessage = Microsoft.Extensions.AI.ChatMessage;
using AiResponseFormat = Microsoft.Extensions.AI.ChatResponseFormat;
using OaiChatMessage = OpenAI.Chat.ChatMessage;
using OaiResponseFormat = OpenAI.Chat.ChatResponseFormat;

namespace FactCheck.Llm.Client;

/// <summary>
/// The <see cref="IChatClient"/> adapter over the official OpenAI SDK's chat completions, for any
/// OpenAI-compatible server (OpenAI, Azure OpenAI, Ollama, vLLM, llama.cpp): the endpoint is configurable.
/// The SDK's own retries are switched off: the decorators above decide about retrying. Failures
/// surface as <see cref="LlmHttpException"/>, so nothing above this class knows the SDK.
/// </summary>
public sealed class OpenAiCompatibleChatClient : IChatClient
{
    private readonly ChatClient _client;
    private readonly LlmSettings _settings;
    private readonly ChatClientMetadata _metadata;

    // Set once a server has refused a JSON schema, so later calls go straight to plain JSON.
    private volatile bool _schemaRefused;

    public OpenAiCompatibleChatClient(LlmSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (string.IsNullOrWhiteSpace(settings.Model))
        {
            throw new ArgumentException("An LLM model name is required (--llm-model or Llm:Model).", nameof(settings));
        }

        _settings = settings;
        var options = new OpenAIClientOptions
        {
            Endpoint = settings.EffectiveEndpoint,
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),

            // The timeout decorator governs; this only stops the SDK's shorter default from cutting in first.
            NetworkTimeout = settings.Timeout + TimeSpan.FromSeconds(5),
        };
        if (settings.AzureApiVersion is { } apiVersion)
        {
            options.AddPolicy(new AzureKeyPolicy(apiVersion, settings.ApiKey ?? ""), PipelinePosition.BeforeTransport);
        }

        // Local servers need no key, but the SDK insists on a non-empty one.
        var key = string.IsNullOrEmpty(settings.ApiKey) ? "no-key" : settings.ApiKey;
        _client = new ChatClient(settings.Model, new ApiKeyCredential(key), options);
        _metadata = new ChatClientMetadata("openai-compatible", settings.EffectiveEndpoint, settings.Model);
    }

    public async Task<ChatResponse> GetResponseAsync(IEnumerable<AiChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var oaiMessages = messages.Select(ToOpenAi).ToList();
        var useSchema = options?.ResponseFormat is ChatResponseFormatJson { Schema: not null }
            && _settings.ResponseFormat != ResponseFormatMode.JsonObject && !_schemaRefused;
        try
        {
            return await CompleteAsync(oaiMessages, options, useSchema, cancellationToken).ConfigureAwait(false);
        }
        catch (LlmHttpException e) when (useSchema && e.Status == 400 && _settings.ResponseFormat == ResponseFormatMode.Auto)
        {
            // Older local servers reject "json_schema"; plain JSON mode plus the schema in the prompt still works there.
            _schemaRefused = true;
            return await CompleteAsync(oaiMessages, options, useSchema: false, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Streaming is not needed (one JSON answer per article): the whole answer comes as one update.</summary>
    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<AiChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var response = await GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
        foreach (var update in response.ToChatResponseUpdates())
        {
            yield return update;
        }
    }

    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        return serviceKey is not null ? null
            : serviceType == typeof(ChatClientMetadata) ? _metadata
            : serviceType.IsInstanceOfType(this) ? this
            : null;
    }

    public void Dispose()
    {
        // The SDK client holds no resources of its own to release.
    }

    private async Task<ChatResponse> CompleteAsync(List<OaiChatMessage> messages, ChatOptions? options, bool useSchema, CancellationToken cancellationToken)
    {
        var request = new ChatCompletionOptions
        {
            Temperature = options?.Temperature ?? _settings.Temperature,
            MaxOutputTokenCount = options?.MaxOutputTokens ?? _settings.MaxOutputTokens,
            ResponseFormat = ToOpenAi(options?.ResponseFormat, useSchema),
        };

        ChatCompletion completion;
        try
        {
            completion = (await _client.CompleteChatAsync(messages, request, cancellationToken).ConfigureAwait(false)).Value;
        }
        catch (ClientResultException e)
        {
            var raw = e.GetRawResponse();
            TimeSpan? retryAfter = null;
            if (raw is not null)
            {
                raw.Headers.TryGetValue("retry-after-ms", out var ms);
                raw.Headers.TryGetValue("Retry-After", out var after);
                retryAfter = RetryAfterHeader.Parse(ms, after, DateTimeOffset.UtcNow);
            }

            // The SDK's message may quote the response body but never the request headers, so the key cannot leak here.
            throw new LlmHttpException(e.Status, retryAfter, $"LLM server answered {(e.Status == 0 ? "nothing" : "HTTP " + e.Status)}", e);
        }

        var text = string.Concat(completion.Content.Where(p => p.Kind == ChatMessageContentPartKind.Text).Select(p => p.Text));
        return new ChatResponse(new AiChatMessage(ChatRole.Assistant, text))
        {
            ModelId = completion.Model,
            ResponseId = completion.Id,
            CreatedAt = completion.CreatedAt,
            FinishReason = completion.FinishReason switch
            {
                OpenAI.Chat.ChatFinishReason.Stop => Microsoft.Extensions.AI.ChatFinishReason.Stop,
                OpenAI.Chat.ChatFinishReason.Length => Microsoft.Extensions.AI.ChatFinishReason.Length,
                OpenAI.Chat.ChatFinishReason.ContentFilter => Microsoft.Extensions.AI.ChatFinishReason.ContentFilter,
                _ => Microsoft.Extensions.AI.ChatFinishReason.ToolCalls,
            },
            Usage = completion.Usage is { } u
                ? new UsageDetails { InputTokenCount = u.InputTokenCount, OutputTokenCount = u.OutputTokenCount, TotalTokenCount = u.TotalTokenCount }
                : null,
        };
    }

    private static OaiChatMessage ToOpenAi(AiChatMessage message)
    {
        var text = message.Text;
        return message.Role == ChatRole.System ? new SystemChatMessage(text)
            : message.Role == ChatRole.Assistant ? new AssistantChatMessage(text)
            : new UserChatMessage(text);
    }

    private static OaiResponseFormat? ToOpenAi(AiResponseFormat? format, bool useSchema) => format switch
    {
        ChatResponseFormatJson { Schema: { } schema } json when useSchema => OaiResponseFormat.CreateJsonSchemaFormat(
            json.SchemaName ?? "answer", BinaryData.FromString(schema.GetRawText()), json.SchemaDescription, jsonSchemaIsStrict: true),
        ChatResponseFormatJson => OaiResponseFormat.CreateJsonObjectFormat(),
        _ => null,
    };

    /// <summary>Classic Azure OpenAI: the key in an "api-key" header and the API version in the query.</summary>
    private sealed class AzureKeyPolicy(string apiVersion, string apiKey) : PipelinePolicy
    {
        public override void Process(PipelineMessage message, IReadOnlyList<PipelinePolicy> pipeline, int currentIndex)
        {
            Prepare(message);
            ProcessNext(message, pipeline, currentIndex);
        }

        public override ValueTask ProcessAsync(PipelineMessage message, IReadOnlyList<PipelinePolicy> pipeline, int currentIndex)
        {
            Prepare(message);
            return ProcessNextAsync(message, pipeline, currentIndex);
        }

        private void Prepare(PipelineMessage message)
        {
            var uri = message.Request.Uri!;
            var separator = string.IsNullOrEmpty(uri.Query) ? "?" : "&";
            message.Request.Uri = new Uri(uri + separator + "api-version=" + Uri.EscapeDataString(apiVersion));
            message.Request.Headers.Set("api-key", apiKey);
            message.Request.Headers.Remove("Authorization");
        }
    }
}

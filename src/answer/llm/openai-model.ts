// ChatModel over the `openai` SDK: any OpenAI-compatible endpoint (DeepSeek, DashScope compatible
// mode, GLM, Moonshot, vLLM, Ollama) by base URL. Retries and deadlines are the answerer's job,
// so the SDK's own retries are off.
import OpenAI, { APIError } from 'openai';
import { RetryableError, type ChatMessage, type ChatModel, type ChatOptions } from './chat-model.ts';

export interface OpenAIModelOptions {
  apiKey: string;
  baseURL?: string;
  model: string;
}

function classify(err: unknown): unknown {
  if (err instanceof APIError && err.status !== undefined && (err.status === 429 || err.status >= 500)) {
    return new RetryableError(err.message, err.status);
  }
  return err;
}

export class OpenAIChatModel implements ChatModel {
  private readonly client: OpenAI;
  readonly id: string;

  constructor(opts: OpenAIModelOptions) {
    this.client = new OpenAI({ apiKey: opts.apiKey, ...(opts.baseURL ? { baseURL: opts.baseURL } : {}), maxRetries: 0 });
    this.id = opts.model;
  }

  async complete(messages: ChatMessage[], opts: ChatOptions = {}): Promise<string> {
    try {
      const res = await this.client.chat.completions.create(
        { model: this.id, messages, temperature: opts.temperature ?? 0.2, ...(opts.maxTokens ? { max_tokens: opts.maxTokens } : {}) },
        opts.signal ? { signal: opts.signal } : {},
      );
      const text = res.choices?.[0]?.message?.content;
      if (typeof text !== 'string') throw new Error('malformed completion: no message content');
      return text;
    } catch (err) {
      throw classify(err);
    }
  }

  async *stream(messages: ChatMessage[], opts: ChatOptions = {}): AsyncIterable<string> {
    let stream;
    try {
      stream = await this.client.chat.completions.create(
        { model: this.id, messages, temperature: opts.temperature ?? 0.2, stream: true, ...(opts.maxTokens ? { max_tokens: opts.maxTokens } : {}) },
        opts.signal ? { signal: opts.signal } : {},
      );
    } catch (err) {
      throw classify(err);
    }
    try {
      for await (const chunk of stream) {
        const delta = chunk.choices?.[0]?.delta?.content;
        if (delta) yield delta;
      }
    } catch (err) {
      throw classify(err);
    }
  }
}

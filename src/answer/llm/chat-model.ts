// The seam between the answerer and any language model. The answerer never imports a vendor
// SDK; providers implement ChatModel, tests plug in a fake server or a fake model.
import type { Prompts } from './prompts.ts';

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface ChatOptions {
  signal?: AbortSignal;
  temperature?: number;
  maxTokens?: number;
}

export interface ChatModel {
  /** Model name, reported in /healthz. */
  readonly id: string;
  complete(messages: ChatMessage[], opts?: ChatOptions): Promise<string>;
  /** Yields text deltas as the model writes them. */
  stream(messages: ChatMessage[], opts?: ChatOptions): AsyncIterable<string>;
}

/** An error worth one retry (rate limit, server fault), as opposed to a bad request. */
export class RetryableError extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

/** What the answerer needs to ask a model: the model, the current prompts, a deadline per call. */
export interface LlmDeps {
  model: ChatModel;
  prompts: () => Prompts;
  timeoutMs: number;
}

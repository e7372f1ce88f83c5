// Wires wechaty's events to the message handler, and keeps the bot alive: personal-WeChat puppets
// log out and fail on their own (expired logins, bans), so every failure is logged and followed by a
// restart with backoff, and nothing here may throw into the HTTP service that owns it.
import path from 'node:path';
import type { Logger } from 'pino';
import qrcodeTerminal from 'qrcode-terminal';
import { ScanStatus, WechatyBuilder, qrcodeValueToImageUrl, types, type Wechaty } from 'wechaty';
import type { MessageInterface } from 'wechaty/impls';
import type { Answerer } from '../../answer/pipeline.ts';
import type { Config } from '../../config.ts';
import type { Reloader } from '../../ops/reload.ts';
import type { LiveIndex } from '../../retrieval/live.ts';
import type { Store } from '../../store/open.ts';
import type { ContentScreen } from '../inbound.ts';
import { createMessageHandler, type HandlerDeps, type Incoming, type MessageHandler } from './handler.ts';

export interface BotStatus {
  puppet: string;
  loggedIn: boolean;
  user?: { id: string; name: string };
}

export interface BotOptions {
  /** The puppet's name, for /healthz and the logs. */
  puppet: string;
  /** A fresh Wechaty per (re)start: a stopped one is not reused. */
  create: () => Wechaty;
  handler: MessageHandler;
  log: Logger;
  backoff?: { initialMs: number; maxMs: number };
  /** Shows a login QR code; the default draws it in the terminal. */
  showQr?: (qrcode: string) => void;
}

/**
 * Where the bot stands, for logging once per change: a puppet that cannot reach WeChat's login
 * server (wechat4u behind a firewall) fails over and over, and a stack trace per failure was
 * ~23 MB of log an hour.
 */
type BotState = 'starting' | 'online' | 'unreachable' | 'offline';

/** Errors within ERROR_WINDOW_MS, before login, that mean "WeChat cannot be reached": stop and back off. */
const ERRORS_BEFORE_BACKOFF = 3;
const ERROR_WINDOW_MS = 10_000;

export class WechatBot {
  private wechaty: Wechaty | null = null;
  private state: BotState = 'starting';
  private recentErrors: number[] = [];
  private user: BotStatus['user'];
  private loggedIn = false;
  private stopped = false;
  private timer: NodeJS.Timeout | undefined;
  private delay: number;
  private readonly backoff: { initialMs: number; maxMs: number };

  constructor(private readonly opts: BotOptions) {
    this.backoff = opts.backoff ?? { initialMs: 5_000, maxMs: 5 * 60_000 };
    this.delay = this.backoff.initialMs;
  }

  /** The running Wechaty, if any (tests reach its puppet through it). */
  get current(): Wechaty | null {
    return this.wechaty;
  }

  get restartPending(): boolean {
    return this.timer !== undefined;
  }

  status(): BotStatus {
    return { puppet: this.opts.puppet, loggedIn: this.loggedIn, ...(this.user ? { user: this.user } : {}) };
  }

  /** Starts the bot; never rejects: a failed start is logged and retried later. */
  async start(): Promise<void> {
    this.stopped = false;
    await this.launch();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.teardown();
    await this.opts.handler.idle();
  }

  private async launch(): Promise<void> {
    if (this.stopped) return;
    try {
      const w = this.opts.create();
      this.wechaty = w;
      this.wire(w);
      await w.start();
      this.opts.log.info({ puppet: this.opts.puppet }, 'wechat bot started');
    } catch (err) {
      if (this.enter('unreachable')) this.opts.log.error({ err, puppet: this.opts.puppet }, 'wechat bot failed to start: backing off (repeats logged at debug)');
      else this.opts.log.debug({ err: (err as Error).message }, 'wechat bot failed to start again');
      await this.teardown();
      this.scheduleRestart('start failed');
    }
  }

  /** Moves to `next`; true when that is a change (the caller logs it), false when the bot was already there. */
  private enter(next: BotState): boolean {
    if (this.state === next) return false;
    this.state = next;
    return true;
  }

  /**
   * An error before login. The first of a kind is logged with its stack, the rest at debug; a few in
   * a short time mean the puppet cannot reach WeChat and is retrying on its own, unthrottled: it is
   * stopped and started again later, with the bot's exponential backoff.
   */
  private onErrorBeforeLogin(w: Wechaty, err: unknown): void {
    const log = this.opts.log;
    const t = Date.now();
    this.recentErrors = this.recentErrors.filter((at) => t - at < ERROR_WINDOW_MS);
    this.recentErrors.push(t);
    const quiet = this.state === 'unreachable';
    if (!quiet && this.recentErrors.length === 1) log.error({ err }, 'wechat bot error before login');
    else log.debug({ err: (err as Error)?.message }, 'wechat bot error before login (repeat)');
    if (this.recentErrors.length < ERRORS_BEFORE_BACKOFF || w !== this.wechaty) return;
    this.recentErrors = [];
    if (this.enter('unreachable')) log.error({ puppet: this.opts.puppet, errors: ERRORS_BEFORE_BACKOFF, withinMs: ERROR_WINDOW_MS }, 'wechat bot cannot reach WeChat: stopping the puppet and backing off (repeats logged at debug)');
    void this.teardown().then(() => this.scheduleRestart('unreachable'));
  }

  private wire(w: Wechaty): void {
    const log = this.opts.log;
    w.on('scan', (qrcode, status) => {
      if (status !== ScanStatus.Waiting && status !== ScanStatus.Timeout) return;
      log.info({ url: qrcodeValueToImageUrl(qrcode) }, 'scan this QR code with WeChat to log the bot in');
      try {
        (this.opts.showQr ?? printQr)(qrcode);
      } catch (err) {
        log.warn({ err }, 'could not draw the QR code; open the logged URL instead');
      }
    });
    w.on('login', (user) => {
      if (w !== this.wechaty) return;
      this.loggedIn = true;
      this.user = { id: user.id, name: user.name() };
      this.delay = this.backoff.initialMs;
      this.recentErrors = [];
      this.enter('online');
      log.info({ user: this.user }, 'wechat bot logged in');
    });
    w.on('logout', (user, reason) => {
      if (w !== this.wechaty) return;
      this.loggedIn = false;
      this.enter('offline');
      log.warn({ user: user.id, reason }, 'wechat bot logged out');
      this.scheduleRestart('logout');
    });
    w.on('error', (err) => {
      if (!this.loggedIn) {
        this.onErrorBeforeLogin(w, err);
        return;
      }
      log.error({ err }, 'wechat bot error');
      // A lost login shows up as an error while we still believe we are logged in: start over.
      if (w === this.wechaty && this.loggedIn && !w.isLoggedIn) {
        this.loggedIn = false;
        this.scheduleRestart('error');
      }
    });
    w.on('message', (msg) => {
      // A Wechaty being torn down may still deliver: only the current one answers.
      if (w === this.wechaty) void this.onMessage(msg);
    });
  }

  private async onMessage(msg: MessageInterface): Promise<void> {
    try {
      const incoming = await toIncoming(msg);
      const talker = msg.talker();
      const room = msg.room();
      const outcome = await this.opts.handler.handle(incoming, async (text, { mention }) => {
        if (room) await (mention ? room.say(text, talker) : room.say(text));
        else await talker.say(text);
      });
      this.opts.log.debug({ messageId: msg.id, outcome }, 'wechat message');
    } catch (err) {
      // The handler catches its own failures; this is a message wechaty could not describe.
      this.opts.log.error({ err, messageId: msg.id }, 'wechat message could not be read');
    }
  }

  private scheduleRestart(why: string): void {
    if (this.stopped || this.timer) return;
    const delay = this.delay;
    this.delay = Math.min(this.delay * 2, this.backoff.maxMs);
    // While WeChat stays unreachable, each further attempt is news only at debug level.
    const repeat = this.state === 'unreachable' && delay > this.backoff.initialMs;
    this.opts.log[repeat ? 'debug' : 'warn']({ why, inMs: delay }, 'wechat bot restarting');
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.teardown().then(() => this.launch());
    }, delay);
    this.timer.unref();
  }

  private async teardown(): Promise<void> {
    const w = this.wechaty;
    this.wechaty = null;
    this.loggedIn = false;
    if (!w) return;
    try {
      await w.stop();
    } catch (err) {
      this.opts.log.warn({ err }, 'wechat bot did not stop cleanly');
    }
  }
}

function printQr(qrcode: string): void {
  qrcodeTerminal.generate(qrcode, { small: true });
}

export async function toIncoming(msg: MessageInterface): Promise<Incoming> {
  const talker = msg.talker();
  const room = msg.room();
  const isText = msg.type() === types.Message.Text;
  return {
    id: msg.id,
    type: isText ? 'text' : 'other',
    text: msg.text(),
    at: msg.date().getTime(),
    self: msg.self(),
    talker: { id: talker.id, name: talker.name(), official: talker.type() === types.Contact.Official },
    ...(room ? { room: { id: room.id } } : {}),
    ...(room && isText ? { mentionSelf: await msg.mentionSelf(), mentionText: await msg.mentionText() } : {}),
  };
}

export interface BotDeps {
  config: Config;
  log: Logger;
  live: LiveIndex;
  store: Store;
  answerer: Pick<Answerer, 'ask'>;
  reloader: Pick<Reloader, 'reload'>;
  /** The content screen every channel applies (the word list). */
  screen?: ContentScreen;
}

/** The bot main.ts runs when WECHATY_PUPPET is set; wechaty resolves the puppet package by name. */
export function createWechatBot(
  deps: BotDeps,
  overrides: { bot?: Partial<Omit<BotOptions, 'handler'>>; handler?: Partial<HandlerDeps> } = {},
): WechatBot {
  const { config, log, live, store, answerer, reloader, screen } = deps;
  const puppet = config.wechatyPuppet ?? 'wechaty-puppet-mock';
  const handler = createMessageHandler({
    ask: (q, opts) => answerer.ask(q, opts),
    index: () => live.index,
    reload: (who) => reloader.reload(who),
    store,
    log,
    admins: { ids: config.bot.adminIds, names: config.bot.adminNames },
    ...(config.bot.keyword ? { keyword: config.bot.keyword } : {}),
    ratePerMin: config.bot.ratePerMin,
    groupRatePerMin: config.bot.groupRatePerMin,
    maxQuestionChars: config.maxQuestionChars,
    ...(screen ? { screen } : {}),
    partGapMs: 800,
    ...overrides.handler,
  });
  return new WechatBot({
    puppet,
    // The memory card keeps the login between restarts (wechat4u can then log in without a new scan).
    create: () => WechatyBuilder.build({ name: path.join(config.dataDir, 'wechaty'), puppet: puppet as never }),
    handler,
    log: log.child({ part: 'wechat' }),
    ...overrides.bot,
  });
}

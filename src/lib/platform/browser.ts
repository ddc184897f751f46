import {
  detectPlatform,
  type DetectInput,
  type DetectedPlatform,
  type UserAgentDataInput,
} from './detect';

/** The parts of `navigator` the detection reads (a structural type, so tests can pass a plain object). */
export interface NavigatorLike {
  readonly userAgent: string;
  readonly platform?: string;
  readonly maxTouchPoints?: number;
  readonly userAgentData?: {
    readonly platform?: string;
    readonly mobile?: boolean;
    getHighEntropyValues?(hints: string[]): Promise<UserAgentDataInput>;
  };
}

const HIGH_ENTROPY_HINTS = ['architecture', 'bitness', 'platformVersion'];

/** Collects the detection input from a navigator, asking for high-entropy client hints when the browser has them. */
export async function readNavigator(nav: NavigatorLike): Promise<DetectInput> {
  const data = nav.userAgentData;
  let userAgentData: UserAgentDataInput | undefined;
  if (data) {
    userAgentData = {platform: data.platform, mobile: data.mobile};
    if (typeof data.getHighEntropyValues === 'function') {
      try {
        const high = await data.getHighEntropyValues(HIGH_ENTROPY_HINTS);
        userAgentData = {
          ...userAgentData,
          architecture: high.architecture,
          bitness: high.bitness,
          platformVersion: high.platformVersion,
        };
      } catch {
        // A browser may refuse high-entropy hints; the low-entropy ones still help.
      }
    }
  }
  return {
    userAgent: nav.userAgent,
    platform: nav.platform,
    maxTouchPoints: nav.maxTouchPoints,
    userAgentData,
  };
}

export async function detectFromNavigator(nav: NavigatorLike): Promise<DetectedPlatform> {
  return detectPlatform(await readNavigator(nav));
}

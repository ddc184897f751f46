/**
 * Setup of the component (jsdom) project. Testing Library's `waitFor` and `findBy…` give up after
 * 1 s by default; a playground test waits there for the engine's chunk, which took longer than
 * that whenever the two cores were shared with a build (20 tests failed at load 27). They still
 * return as soon as the condition holds, so only a failing test waits the full time.
 */
import {configure} from '@testing-library/react';

configure({asyncUtilTimeout: 45_000});

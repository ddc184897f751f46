import {memo} from 'react';
import NavbarItem from '@theme-original/NavbarItem';

// The navbar's content re-renders right after hydration, when the phone menu becomes
// available; its items' props come from the config and do not change, so they skip that
// render (the docs items look up their sidebar on every render). Route changes still reach
// them through the router's context.
export default memo(NavbarItem);

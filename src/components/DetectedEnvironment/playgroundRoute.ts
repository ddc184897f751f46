import routes from '@generated/routes';

interface RouteLike {
  readonly path?: string | readonly string[];
  readonly routes?: readonly RouteLike[];
}

function hasPath(list: readonly RouteLike[], wanted: string): boolean {
  return list.some((route) => {
    const paths = typeof route.path === 'string' ? [route.path] : (route.path ?? []);
    if (paths.some((path) => path === wanted || path === `${wanted}/`)) return true;
    return route.routes ? hasPath(route.routes, wanted) : false;
  });
}

/** Whether the site was built with a page at `path` (already prefixed with the base URL). */
export function routeExists(path: string): boolean {
  return hasPath(routes as readonly RouteLike[], path);
}

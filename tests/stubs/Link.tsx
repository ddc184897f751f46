import type {AnchorHTMLAttributes, ReactNode} from 'react';

type LinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & {
  readonly to?: string;
  readonly children?: ReactNode;
};

export default function Link({to, href, children, ...rest}: LinkProps): ReactNode {
  return (
    <a href={to ?? href} {...rest}>
      {children}
    </a>
  );
}

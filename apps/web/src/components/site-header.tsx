import type { ReactNode } from 'react';
import { Brand } from './brand';
import { EmulatorBanner } from './emulator-banner';
import { MainNav } from './main-nav';
import { UserMenu } from './user-menu';

export function SiteHeader({ extra }: { extra?: ReactNode }) {
  return (
    <header className="site-header">
      <EmulatorBanner />
      <div className="site-header__bar">
        <div className="container site-header__inner">
          <Brand />
          <div className="site-header__outils">
            {extra}
            <UserMenu />
          </div>
        </div>
      </div>
      <div className="site-header__nav">
        <div className="container">
          <MainNav />
        </div>
      </div>
    </header>
  );
}

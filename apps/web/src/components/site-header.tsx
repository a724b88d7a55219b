import { Brand } from './brand';
import { EmulatorBanner } from './emulator-banner';
import { MainNav } from './main-nav';

export function SiteHeader() {
  return (
    <header className="site-header">
      <EmulatorBanner />
      <div className="site-header__bar">
        <div className="container site-header__inner">
          <Brand />
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

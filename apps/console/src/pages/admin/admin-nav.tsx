import { NavLink } from 'react-router';

/** The admin pages' own menu (the main menu has one "Admin" link). */
export function AdminNav() {
  return (
    <nav aria-label="Administrasjon" className="case-tabs">
      <ul>
        <li>
          <NavLink to="/admin/brukere">Brukere</NavLink>
        </li>
        <li>
          <NavLink to="/admin/enheter">Enheter</NavLink>
        </li>
        <li>
          <NavLink to="/admin/virksomhet">Virksomhet</NavLink>
        </li>
        <li>
          <NavLink to="/admin/ansatte">Ansatte</NavLink>
        </li>
      </ul>
    </nav>
  );
}

import { useT } from '../../i18n/useT';
import { useStore } from '../../store/store';
import { ProjectFiles } from './ProjectFiles';
import { ProjectList } from './ProjectList';
import { ShareLinks } from './ShareLinks';
import './project.css';

/** The open project's name (autosaved), the projects list, links and project files. */
export function ProjectBar() {
  const { t } = useT();
  const name = useStore((s) => s.projectName);
  const renameProject = useStore((s) => s.renameProject);
  const refreshProjects = useStore((s) => s.refreshProjects);
  const autosaveFailed = useStore((s) => s.autosaveFailed);

  return (
    <div className="project-bar" data-testid="project-bar">
      <label className="field">
        <span>{t('project.name')}</span>
        {/* Keyed by the name, so opening another project resets the field; edits apply when it loses focus. */}
        <input key={name} defaultValue={name} placeholder={t('project.untitled')} onBlur={(event) => renameProject(event.target.value)} data-testid="project-name" />
        <small className={autosaveFailed ? 'notice' : undefined} data-testid="autosave-state" data-state={autosaveFailed ? 'failed' : 'saved'}>
          {t(autosaveFailed ? 'project.notSaved' : 'project.saved')}
        </small>
      </label>
      <details onToggle={(event) => (event.currentTarget.open ? void refreshProjects() : undefined)}>
        <summary data-testid="projects-toggle">{t('project.list')}</summary>
        <ProjectList />
      </details>
      <ShareLinks />
      <ProjectFiles />
    </div>
  );
}

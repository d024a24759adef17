import { useT } from '../../i18n/useT';
import { useStore } from '../../store/store';

/** The projects stored in this browser: open, duplicate, delete; and how much storage they use. */
export function ProjectList() {
  const { t, number } = useT();
  const projects = useStore((s) => s.projects);
  const storage = useStore((s) => s.storage);
  const currentId = useStore((s) => s.projectId);
  const { openProject, duplicateProject, deleteProject, newProject } = useStore.getState();
  const megabytes = (bytes: number) => `${number(bytes / 1e6, { maximumFractionDigits: 1 })} MB`;
  return (
    <div className="project-list" data-testid="project-list">
      <button type="button" onClick={() => void newProject()} data-testid="new-project-button">
        {t('project.new')}
      </button>
      {projects.length === 0 ? (
        <p className="muted">{t('project.none')}</p>
      ) : (
        <ul>
          {projects.map((project) => (
            <li key={project.id} data-testid="project-item">
              {project.name ? <span translate="no">{project.name}</span> : <span>{t('project.untitled')}</span>} {project.id === currentId && <span className="muted">{t('project.current')}</span>}
              {project.hasModel && <span className="muted"> · {t('project.trained')}</span>}
              <span className="project-actions">
                <button type="button" className="link" onClick={() => void openProject(project.id)} disabled={project.id === currentId}>
                  {t('project.open')}
                </button>
                <button type="button" className="link" onClick={() => void duplicateProject(project.id)}>
                  {t('project.duplicate')}
                </button>
                <button type="button" className="link" onClick={() => void deleteProject(project.id)}>
                  {t('project.delete')}
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      {storage && <p className="muted" data-testid="storage-use">{t('project.storage', { used: megabytes(storage.used), quota: megabytes(storage.quota) })}</p>}
    </div>
  );
}

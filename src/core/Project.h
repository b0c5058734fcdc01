#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Berth {

// A Kamal project on disk: a folder holding config/deploy.yml, optional destination files
// config/deploy.<destination>.yml, .kamal/secrets* and .kamal/hooks. This class only finds
// those files; reading and editing the configuration is the config model's job.
// Value type, cheap to copy, no I/O after open().
class Project
{
    Q_DECLARE_TR_FUNCTIONS(Project)

public:
    // Looks at `folder` (any spelling: relative, with "..", with a trailing separator) and
    // reports, in words a user can act on, why it is not a Kamal project when it is not.
    [[nodiscard]] static Result<Project> open(const QString &folder);

    // Absolute, cleaned path of the project folder, in Qt's '/' notation.
    [[nodiscard]] QString rootPath() const { return m_rootPath; }
    // Absolute path of config/deploy.yml.
    [[nodiscard]] QString configPath() const;
    // The `service` name from deploy.yml when it is a plain value, else the folder name.
    [[nodiscard]] QString displayName() const { return m_displayName; }
    // Destination names from config/deploy.<name>.yml, sorted.
    [[nodiscard]] QStringList destinations() const { return m_destinations; }
    // Secrets files present under .kamal/ (secrets-common, secrets, secrets.<dest>), relative.
    [[nodiscard]] QStringList secretsFiles() const { return m_secretsFiles; }

private:
    QString m_rootPath;
    QString m_displayName;
    QStringList m_destinations;
    QStringList m_secretsFiles;
};

} // namespace Berth

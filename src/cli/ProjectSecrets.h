#pragma once

#include "core/secrets/Redactor.h"

#include <QHash>
#include <QString>
#include <QTextStream>

#include <optional>

namespace Berth {
class Project;
}

namespace Berth::Cli {

// The secrets of a project as a run needs them: the project environment from the keychain
// (when it has variables), then .kamal/secrets (or deploy.yml's secrets_path) resolved as Kamal
// does, with $(…) commands only when approved on the Secrets page or `allowCommands`.
struct ProjectSecrets
{
    QHash<QString, QString> variables; // the project environment, for ERB (plain ones too)
    QHash<QString, QString> secrets; // the resolved secrets files
    QHash<QString, QString> secretValues; // every secret value of both (not plain ones)
    Secrets::Redactor redactor; // of secretValues
};

// Nothing when they cannot be had (the keychain fails, a command waits for approval): the
// reason is on `err`, prefixed with `prefix` ("berth-cli").
[[nodiscard]] std::optional<ProjectSecrets> resolveProjectSecrets(const Project &project,
                                                                  const QString &destination,
                                                                  bool allowCommands,
                                                                  const QString &prefix,
                                                                  QTextStream &err);

} // namespace Berth::Cli

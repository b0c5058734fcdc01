#pragma once

#include "core/secrets/SecretsResolver.h"
#include "secrets/ProjectEnvironment.h"

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QSettings;
class QThread;
class QTreeWidget;
class QTreeWidgetItem;

namespace Berth::Config {
class ConfigSession;
}

namespace Berth::Gui {

// The Secrets page: the project environment kept in the OS keychain (the variables a Kamal user
// would export in a shell or keep in .env), and the secrets Kamal reads from .kamal/secrets,
// resolved exactly as Kamal does, with the status of each. Values are never shown unless the
// user holds "Show" on one of them; commands in the secrets files run only once approved.
class SecretsPage : public QWidget
{
    Q_OBJECT

public:
    explicit SecretsPage(QWidget *parent = nullptr);
    ~SecretsPage() override;

    // The project and destination to show; `session` (not owned) tells which variables
    // deploy.yml reads and where the secrets files are. An empty folder: no project.
    void setContext(const QString &projectFolder, const QString &destination,
                    Config::ConfigSession *session);

    // Reads the keychain and resolves .kamal/secrets again.
    void reload();
    // Opens the dialog to set `name` (a new variable when it is not in the keychain yet).
    void editVariable(const QString &name);

    // The last resolution (for tests and for other pages); empty before the first one.
    [[nodiscard]] const Secrets::SecretsResolution &resolution() const { return m_resolution; }
    [[nodiscard]] bool isResolving() const { return m_resolver != nullptr; }
    [[nodiscard]] ProjectEnvironment *environment() const { return m_environment; }
    // The project environment as last read from the keychain, and which of it is not secret.
    [[nodiscard]] QHash<QString, QString> projectValues() const { return m_values; }
    [[nodiscard]] QSet<QString> plainNames() const { return m_plainNames; }

Q_SIGNALS:
    // The project environment's values were read (a snapshot for ERB and for runs).
    void environmentLoaded(const QHash<QString, QString> &values);
    // A resolution of .kamal/secrets finished: the names that resolved.
    void secretsResolved(const QSet<QString> &resolvedNames);
    void statusMessage(const QString &message);

private:
    void loadSnapshot();
    void resolve();
    void refreshVariables();
    void updateButtons();
    void refreshSecrets();
    void removeVariable();
    void importDotenv();
    void approveCommand();
    void showKeychainProblem(const QString &message);
    [[nodiscard]] QString selectedVariable() const;

    std::unique_ptr<QSettings> m_settings;
    QPointer<ProjectEnvironment> m_environment;
    QPointer<Config::ConfigSession> m_session;
    QString m_projectFolder;
    QString m_destination;
    QString m_secretsPath; // as deploy.yml's secrets_path says, for messages
    QHash<QString, QString> m_values;
    QSet<QString> m_plainNames;
    bool m_keychainAvailable = false;
    Secrets::SecretsResolution m_resolution;
    QThread *m_resolver = nullptr;
    bool m_resolveAgain = false;

    QLabel *m_keychainBanner = nullptr;
    QLabel *m_environmentTitle = nullptr;
    QTreeWidget *m_variables = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_change = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_reveal = nullptr;
    QPushButton *m_import = nullptr;
    QLabel *m_secretsSummary = nullptr;
    QTreeWidget *m_secrets = nullptr;
    QPushButton *m_approve = nullptr;
    QPushButton *m_recheck = nullptr;
};

} // namespace Berth::Gui

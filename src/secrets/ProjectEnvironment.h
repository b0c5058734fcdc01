#pragma once

#include "core/Result.h"
#include "core/config/Diagnostic.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QSettings;

namespace Berth {

class KeychainSecretStore;

// A project's environment for one destination — the variables a user would otherwise export in
// a shell before running kamal — kept in the OS keychain. Lives on the GUI thread (QtKeychain
// runs its jobs on the event loop, one at a time); every call is asynchronous and reports on
// that thread. Values are namespaced by project and destination (keychain service
// "Berth/<project id>/<destination or default>"); since keychains cannot be enumerated, the
// names and whether each is secret or plain are kept in a small catalog in QSettings, which
// never holds a value. Nothing is ever written in plaintext: without a secure backend every
// call fails with a message that says what to install or unlock.
//
// Callbacks capture this object: destroying it drops the pending ones (they are never called).
class ProjectEnvironment : public QObject
{
    Q_OBJECT

public:
    struct Variable
    {
        QString name;
        bool secret = true; // masked in the UI and redacted from logs; plain ones are not
    };

    struct Snapshot
    {
        QHash<QString, QString> values;
        QSet<QString> plainNames; // for SecretsResolver's ResolveRequest::plainNames
        // In the catalog but not in the keychain (deleted outside Berth, or a locked keyring).
        QStringList missing;
    };

    struct ImportReport
    {
        QStringList imported; // stored and read back identical
        QStringList replaced; // among `imported`: names that had a value before
        struct Skipped
        {
            QString name;
            int line = 0;
            QString reason;
        };
        QList<Skipped> skipped;
        // Lines dotenv would ignore, and similar; never values.
        Config::Diagnostics diagnostics;
    };

    using DoneHandler = std::function<void(Result<void>)>;
    using ReadHandler = std::function<void(Result<QString>)>;
    using SnapshotHandler = std::function<void(Result<Snapshot>)>;
    using ImportHandler = std::function<void(Result<ImportReport>)>;

    // `catalog` is not owned and must outlive this object (the app's QSettings; a temporary
    // INI file in tests).
    ProjectEnvironment(const QString &projectFolder, const QString &destination, QSettings *catalog,
                       QObject *parent = nullptr);
    ~ProjectEnvironment() override;

    [[nodiscard]] static QString serviceName(const QString &projectId, const QString &destination);
    [[nodiscard]] QString service() const;
    [[nodiscard]] QString projectId() const { return m_projectId; }
    [[nodiscard]] QString destination() const { return m_destination; }

    // A dotenv key Kamal can use: letters, digits, '_' and '.', not starting with a digit.
    [[nodiscard]] static bool isValidName(const QString &name);

    // Round trip through the keychain; the error message says what to install or unlock.
    void checkAvailable(const DoneHandler &handler);

    // From the catalog, sorted by name; no keychain access.
    [[nodiscard]] QList<Variable> variables() const;
    [[nodiscard]] bool contains(const QString &name) const;

    // Writes the value, reads it back (a locked Linux keyring can accept a write silently),
    // then records the name in the catalog.
    void set(const QString &name, const QString &value, bool secret, const DoneHandler &handler);
    void get(const QString &name, ReadHandler handler);
    // Removes the value and the catalog entry; a value already gone from the keychain is fine.
    void remove(const QString &name, const DoneHandler &handler);

    // Reads every catalogued value, one keychain job at a time, for a run's snapshot.
    void loadSnapshot(const SnapshotHandler &handler);

    // Imports a `.env` file: parsed as dotenv (Kamal's parser; `$(…)` is never run and such
    // keys are skipped), every value stored and read back, as `secret` or plain. The file is
    // only read, never changed: see ignoreInGit() / deleteImportedFile() for that.
    void importDotenv(const QString &filePath, bool secret, const ImportHandler &handler);

    // Adds `filePath` (relative to the project folder) to the project's .gitignore unless a
    // line already names it exactly. Explicit, separate from the import.
    [[nodiscard]] Result<void> ignoreInGit(const QString &filePath) const;
    // Deletes an imported file (explicit, separate from the import).
    [[nodiscard]] static Result<void> deleteImportedFile(const QString &filePath);

private:
    void setCatalogEntry(const QString &name, bool secret);
    void removeCatalogEntry(const QString &name);
    [[nodiscard]] QString catalogKey(const QString &kind) const;
    void readNext(const std::shared_ptr<Snapshot> &snapshot, QList<Variable> remaining,
                  const SnapshotHandler &handler);
    struct ImportState;
    void importNext(const std::shared_ptr<ImportState> &state);

    QString m_projectFolder;
    QString m_projectId;
    QString m_destination;
    QSettings *m_catalog;
    KeychainSecretStore *m_store; // child of this
};

} // namespace Berth

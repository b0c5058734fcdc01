#pragma once

#include "engine/Operation.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ExecDialog;
}

namespace Berth::Gui {

// Asks for a command to run on the servers, as `kamal app exec` / `kamal accessory exec`
// would: where (the app, one of its roles, or an accessory), the command line, whether in the
// running container (--reuse) and whether interactively in a terminal (-i). Only asks; the
// Deploy page runs it.
class ExecDialog : public QDialog
{
    Q_OBJECT

public:
    // `config` is read in the constructor only (the targets and their hosts).
    explicit ExecDialog(const Kamal::KamalConfig &config, QWidget *parent = nullptr);
    ~ExecDialog() override;

    // kind, argument (the accessory), role, hosts (empty: all of the target's), command and
    // reuse of what the user chose.
    [[nodiscard]] Engine::OperationRequest request() const;
    [[nodiscard]] bool isInteractive() const;

private:
    void updateWhere();
    // The target's hosts, all checked (app targets only: `--hosts` is an app exec option).
    void fillHosts();
    [[nodiscard]] QStringList checkedHosts() const;

    std::unique_ptr<Ui::ExecDialog> m_ui;
    QHash<QString, QStringList> m_hosts; // target key → its hosts, in Kamal's order
};

} // namespace Berth::Gui

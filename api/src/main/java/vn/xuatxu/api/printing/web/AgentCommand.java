package vn.xuatxu.api.printing.web;

import vn.xuatxu.api.platform.secret.SecretToken;

/** The command a person copies to the computer beside the printer; the printer address is theirs to fill in. */
final class AgentCommand {

    private AgentCommand() {
    }

    static String of(SecretToken token) {
        return "XUATXU_AGENT_TOKEN=" + token.value() + " java -jar label-printer.jar agent --server <địa chỉ máy chủ> "
                + "--printer tcp://<địa chỉ máy in>:9100";
    }
}

import { CheckboxField } from "@/components/ui/checkbox-field";

type ThreadOptionFieldsProps = {
  requirePostBeforeView: boolean;
  anonymousToPeers: boolean;
  onRequirePostBeforeViewChange: (value: boolean) => void;
  onAnonymousToPeersChange: (value: boolean) => void;
};

/** The two privacy options of a thread, the same when opening one and when changing it later. */
export function ThreadOptionFields(props: ThreadOptionFieldsProps) {
  return (
    <>
      <CheckboxField
        label="Students must post before they see others’ posts"
        checked={props.requirePostBeforeView}
        onChange={(event) => props.onRequirePostBeforeViewChange(event.target.checked)}
      />
      <CheckboxField
        label="Anonymous to classmates (staff always see names)"
        checked={props.anonymousToPeers}
        onChange={(event) => props.onAnonymousToPeersChange(event.target.checked)}
      />
    </>
  );
}

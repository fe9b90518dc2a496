-- Issue 21: CSI-16 item 2 ("how often ... going well?") now shows its answers in the authors' order, All the time
-- first and Never last, scored 5 down to 0 (reverse: true in seeds/measures/csi-16.yaml). Answers are stored as the
-- position the partner chose, counted from the left, so every stored answer to that item is mirrored to keep its
-- meaning and its score; totals do not change.
update measure_answer set answer_value = 5 - answer_value
where item_key = 'going_well'
  and response_id in (select r.id from measure_response r join measure m on m.id = r.measure_id
                      where m.code = 'csi-16');

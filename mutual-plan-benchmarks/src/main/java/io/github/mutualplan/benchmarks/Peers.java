package io.github.mutualplan.benchmarks;

import io.github.mutualplan.Commitment;
import io.github.mutualplan.CommitmentId;
import io.github.mutualplan.MutualActionPlan;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleDirectedGraph;
import org.jgrapht.traverse.TopologicalOrderIterator;
import org.mpxj.Duration;
import org.mpxj.ProjectCalendar;
import org.mpxj.ProjectFile;
import org.mpxj.Relation;
import org.mpxj.RelationType;
import org.mpxj.Task;
import org.mpxj.TaskMode;
import org.mpxj.TimeUnit;
import org.mpxj.cpm.CpmException;
import org.mpxj.cpm.MicrosoftScheduler;

/**
 * The peers, run on the same shape as our plans: JGraphT (a generic graph library: the CPM passes any user
 * would write over it) and MPXJ (a project-file library with Microsoft Project's CPM scheduler).
 */
public final class Peers {
  private Peers() {}

  /** The shape as a JGraphT graph: vertex {@code i} is commitment {@code i}, an edge goes from a dependency. */
  public static Graph<Integer, DefaultEdge> graph(RandomPlans.Dag dag) {
    Graph<Integer, DefaultEdge> graph = new SimpleDirectedGraph<>(DefaultEdge.class);
    for (int i = 0; i < dag.n; i++) {
      graph.addVertex(i);
    }
    for (int i = 0; i < dag.n; i++) {
      for (int p : dag.preds[i]) {
        graph.addEdge(p, i);
      }
    }
    return graph;
  }

  /**
   * The shape of a plan as a JGraphT graph, read from the plan itself as our scheduler reads it: each
   * commitment's duration, and its dependencies through a map from id to vertex.
   *
   * @return the graph; {@code duration} receives the durations
   */
  public static Graph<Integer, DefaultEdge> graph(MutualActionPlan plan, int[] duration) {
    List<Commitment> commitments = plan.commitments();
    Map<CommitmentId, Integer> index = new HashMap<>(commitments.size() * 2);
    Graph<Integer, DefaultEdge> graph = new SimpleDirectedGraph<>(DefaultEdge.class);
    for (int i = 0; i < commitments.size(); i++) {
      index.put(commitments.get(i).id(), i);
      graph.addVertex(i);
      duration[i] = commitments.get(i).durationDays().orElse(1);
    }
    for (int i = 0; i < commitments.size(); i++) {
      for (CommitmentId dependency : commitments.get(i).dependsOn()) {
        graph.addEdge(index.get(dependency), i);
      }
    }
    return graph;
  }

  /**
   * The longest path by a forward pass in topological order: each vertex's earliest finish in working days
   * from the start (day 0), in plain day counts: no calendar at all, the peer's best case.
   *
   * @return the finish of the network in working days
   */
  public static int longestPath(Graph<Integer, DefaultEdge> graph, int[] duration) {
    int[] ef = new int[duration.length];
    int finish = 0;
    TopologicalOrderIterator<Integer, DefaultEdge> order = new TopologicalOrderIterator<>(graph);
    while (order.hasNext()) {
      int v = order.next();
      int es = 0;
      for (DefaultEdge e : graph.incomingEdgesOf(v)) {
        es = Math.max(es, ef[graph.getEdgeSource(e)]);
      }
      ef[v] = es + duration[v];
      finish = Math.max(finish, ef[v]);
    }
    return finish;
  }

  /** Early and late dates and slack, in working days from the start; what our scheduler computes. */
  public static final class CpmResult {
    public final int finish;
    public final int[] es;
    public final int[] ef;
    public final int[] ls;
    public final int[] lf;
    public final int[] slack;

    CpmResult(int finish, int[] es, int[] ef, int[] ls, int[] lf, int[] slack) {
      this.finish = finish;
      this.es = es;
      this.ef = ef;
      this.ls = ls;
      this.lf = lf;
      this.slack = slack;
    }
  }

  /** The critical path method over JGraphT: a forward pass, then a backward pass from the finish, then slack. */
  public static CpmResult cpm(Graph<Integer, DefaultEdge> graph, int[] duration) {
    int n = duration.length;
    int[] order = new int[n];
    int[] es = new int[n];
    int[] ef = new int[n];
    int finish = 0;
    int k = 0;
    for (Iterator<Integer> it = new TopologicalOrderIterator<>(graph); it.hasNext(); ) {
      int v = it.next();
      order[k++] = v;
      int start = 0;
      for (DefaultEdge e : graph.incomingEdgesOf(v)) {
        start = Math.max(start, ef[graph.getEdgeSource(e)]);
      }
      es[v] = start;
      ef[v] = start + duration[v];
      finish = Math.max(finish, ef[v]);
    }
    int[] ls = new int[n];
    int[] lf = new int[n];
    int[] slack = new int[n];
    for (int j = n - 1; j >= 0; j--) {
      int v = order[j];
      int latest = finish;
      for (DefaultEdge e : graph.outgoingEdgesOf(v)) {
        latest = Math.min(latest, ls[graph.getEdgeTarget(e)]);
      }
      lf[v] = latest;
      ls[v] = latest - duration[v];
      slack[v] = ls[v] - es[v];
    }
    return new CpmResult(finish, es, ef, ls, lf, slack);
  }

  /**
   * The shape as an MPXJ project: one auto-scheduled task per commitment with its duration in days and
   * finish-to-start links, on MPXJ's default calendar (Monday to Friday, 8:00 to 17:00).
   */
  public static ProjectFile project(RandomPlans.Dag dag, LocalDate start) {
    ProjectFile file = new ProjectFile();
    ProjectCalendar calendar = file.addDefaultBaseCalendar();
    file.setDefaultCalendar(calendar);
    file.getProjectProperties().setStartDate(LocalDateTime.of(start, LocalTime.of(8, 0)));
    Task[] tasks = new Task[dag.n];
    for (int i = 0; i < dag.n; i++) {
      Task task = file.addTask();
      task.setName("c" + i);
      task.setTaskMode(TaskMode.AUTO_SCHEDULED);
      task.setDuration(Duration.getInstance(dag.duration[i], TimeUnit.DAYS));
      // Not started: the scheduler needs the actual and the remaining duration too.
      task.setActualDuration(Duration.getInstance(0, TimeUnit.DAYS));
      task.setRemainingDuration(Duration.getInstance(dag.duration[i], TimeUnit.DAYS));
      tasks[i] = task;
    }
    for (int i = 0; i < dag.n; i++) {
      for (int p : dag.preds[i]) {
        tasks[i].addPredecessor(new Relation.Builder().predecessorTask(tasks[p]).type(RelationType.FINISH_START));
      }
    }
    return file;
  }

  /** Schedules the project with MPXJ's Microsoft Project scheduler; returns the latest finish of a task. */
  public static LocalDateTime scheduleMpxj(ProjectFile file, LocalDate start) {
    try {
      new MicrosoftScheduler().schedule(file, LocalDateTime.of(start, LocalTime.of(8, 0)));
    } catch (CpmException e) {
      throw new IllegalStateException(e);
    }
    LocalDateTime finish = null;
    for (Task task : file.getTasks()) {
      LocalDateTime f = task.getFinish();
      if (f != null && (finish == null || f.isAfter(finish))) {
        finish = f;
      }
    }
    return finish;
  }
}
